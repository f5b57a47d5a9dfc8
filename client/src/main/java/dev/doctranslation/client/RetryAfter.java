package dev.doctranslation.client;

import dev.doctranslation.contract.ContractHeaders;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads how long the server asked to wait: {@code retry-after-ms} (milliseconds, Azure's
 * extension), else {@code Retry-After} as delay-seconds or an HTTP date. A junk value counts as
 * absent, so the caller's own wait applies. The one place both waits the client takes from the
 * server are decided: before a retry and between the status reads of
 * {@code cancelTranslationAndWait}.
 */
final class RetryAfter {
    private final Clock clock;
    private final Duration cap;

    /** @param cap the longest wait the client will take on the server's word ({@link RetryOptions#maxRetryAfter()}) */
    RetryAfter(Clock clock, Duration cap) {
        this.clock = clock;
        this.cap = cap;
    }

    /** What the server asked for, uncapped: for the caller to judge ({@link ThrottledException#retryAfter()}). */
    Optional<Duration> asked(Map<String, List<String>> headers) {
        Optional<Duration> millis = ContractHeaders.first(headers, ContractHeaders.RETRY_AFTER_MS).flatMap(RetryAfter::parseMillis);
        if (millis.isPresent()) {
            return millis;
        }
        return ContractHeaders.first(headers, ContractHeaders.RETRY_AFTER).flatMap(this::parse);
    }

    /** How long the client waits on the server's word: what it asked, cut to the cap; empty if it asked nothing usable. */
    Optional<Duration> wait(Map<String, List<String>> headers) {
        return asked(headers).map(asked -> asked.compareTo(cap) > 0 ? cap : asked);
    }

    private Optional<Duration> parse(String value) {
        String v = value.trim();
        if (v.matches("[0-9]{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseMillis(String value) {
        String v = value.trim();
        return v.matches("[0-9]{1,12}") ? Optional.of(Duration.ofMillis(Long.parseLong(v))) : Optional.empty();
    }
}

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
 * absent, so the regular backoff applies.
 */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Duration> from(Map<String, List<String>> headers, Clock clock) {
        Optional<Duration> millis = first(headers, ContractHeaders.RETRY_AFTER_MS).flatMap(RetryAfter::parseMillis);
        if (millis.isPresent()) {
            return millis;
        }
        return first(headers, ContractHeaders.RETRY_AFTER).flatMap(value -> parse(value, clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
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

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return ContractHeaders.first(headers, name);
    }
}

package dev.doctranslation.client.reliability;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How a retried status (408, 429, 500, 502, 503, 504) says when to come back, and what wait the client must derive from it:
 * the server's value capped at {@code maxRetryAfter}, or empty when the client must fall back to
 * its own backoff.
 */
sealed interface RetryAfterHeader {
    /** Header name and value to send, if any. */
    Optional<String[]> header();

    /** The wait the client must choose, given its clock at the time of the answer. */
    Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter);

    static Duration capped(Duration wait, Duration cap) {
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    record None() implements RetryAfterHeader {
        public Optional<String[]> header() {
            return Optional.empty();
        }

        public Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter) {
            return Optional.empty();
        }
    }

    record Seconds(long seconds) implements RetryAfterHeader {
        public Optional<String[]> header() {
            return Optional.of(new String[] {"Retry-After", Long.toString(seconds)});
        }

        public Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter) {
            return Optional.of(capped(Duration.ofSeconds(seconds), maxRetryAfter));
        }
    }

    /** Azure's {@code retry-after-ms}, which wins over {@code Retry-After}. */
    record Millis(long millis) implements RetryAfterHeader {
        public Optional<String[]> header() {
            return Optional.of(new String[] {"retry-after-ms", Long.toString(millis)});
        }

        public Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter) {
            return Optional.of(capped(Duration.ofMillis(millis), maxRetryAfter));
        }
    }

    /** An HTTP date; a date already past means "now". */
    record HttpDate(Instant at) implements RetryAfterHeader {
        public Optional<String[]> header() {
            return Optional.of(new String[] {"Retry-After",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC))});
        }

        public Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter) {
            Duration wait = Duration.between(now, at);
            return Optional.of(capped(wait.isNegative() ? Duration.ZERO : wait, maxRetryAfter));
        }
    }

    /** Neither seconds nor a date: the client must ignore it and back off as usual. */
    record Junk(String value) implements RetryAfterHeader {
        public Optional<String[]> header() {
            return Optional.of(new String[] {"Retry-After", value});
        }

        public Optional<Duration> expectedWait(Instant now, Duration maxRetryAfter) {
            return Optional.empty();
        }
    }
}

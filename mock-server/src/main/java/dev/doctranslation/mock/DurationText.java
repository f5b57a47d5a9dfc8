package dev.doctranslation.mock;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a person types it on a command line: a whole number and a unit ({@code 500ms},
 * {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}), or ISO-8601 as {@link Duration#parse} reads it
 * ({@code PT24H}).
 */
final class DurationText {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private DurationText() {}

    /** The duration {@code text} says, or null when it is neither form. */
    static Duration parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER_AND_UNIT.matcher(trimmed);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package dev.doctranslation.client;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as people read them in messages: "2.5 s", not "PT2.5S". */
final class Durations {
    private Durations() {}

    static String text(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}

package dev.doctranslation.benchmarks.report;

/** Rounding and ratios, in one place so the JSON and the Markdown agree. */
final class Ratios {
    private Ratios() {}

    /** {@code measured / baseline}, or NaN when the baseline is missing or zero. */
    static double of(double measured, double baseline) {
        return baseline == 0 || Double.isNaN(baseline) ? Double.NaN : measured / baseline;
    }

    static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** {@code 1.23x}, or {@code n/a}. */
    static String times(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2fx", ratio);
    }

    /** A figure with thousands separators and the given decimals. */
    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%,." + decimals + "f", value);
    }
}

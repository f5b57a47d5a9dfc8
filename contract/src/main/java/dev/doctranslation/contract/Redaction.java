package dev.doctranslation.contract;

import java.util.function.Supplier;

/**
 * Takes the subscription key out of text that may have come from a server (a provider or gateway
 * that echoes it in a body, a header or an error message) before the text is logged, reported or
 * put in an exception. Every module that writes such text uses this one rule.
 */
public final class Redaction {
    /** What stands where the key was. */
    public static final String MARK = "[redacted]";

    private Redaction() {}

    /** {@code text} with every occurrence of {@code key} replaced; null text stays null. */
    public static String redact(String text, String key) {
        return key == null || key.isBlank() || text == null ? text : text.replace(key, MARK);
    }

    /**
     * As {@link #redact(String, String)} with the key read now from {@code key} (a rotating
     * credential); a supplier that fails leaves the text as it is.
     */
    public static String redact(String text, Supplier<String> key) {
        String current;
        try {
            current = key.get();
        } catch (RuntimeException e) {
            return text;
        }
        return redact(text, current);
    }

    /**
     * Whether the message of {@code e} or of any of its causes holds the current key: a parser or
     * the JDK quoting what a server sent. Such an exception must not travel as a cause.
     */
    public static boolean mentionsKey(Throwable e, Supplier<String> key) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (!redact(text, key).equals(text)) {
                return true;
            }
        }
        return false;
    }
}

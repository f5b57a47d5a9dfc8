package dev.doctranslation.client;

import java.util.function.Supplier;

/** Takes the current subscription key out of text that may have come from a server. */
final class Redaction {
    static final String MARK = "[redacted]";

    private Redaction() {}

    static String redact(String text, Supplier<String> key) {
        String current;
        try {
            current = key.get();
        } catch (RuntimeException e) {
            return text;
        }
        return current == null || current.isBlank() ? text : text.replace(current, MARK);
    }

    /**
     * Whether the message of {@code e} or of any of its causes holds the current key: a parser or
     * the JDK quoting what a server sent. Such an exception must not travel as a cause.
     */
    static boolean mentionsKey(Throwable e, Supplier<String> key) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (!redact(text, key).equals(text)) {
                return true;
            }
        }
        return false;
    }
}

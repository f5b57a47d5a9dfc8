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
}

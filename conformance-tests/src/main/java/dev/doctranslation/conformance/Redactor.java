package dev.doctranslation.conformance;

/**
 * Takes the subscription key out of anything the kit writes. The kit never puts it in on
 * purpose; this is for a provider that echoes it back in a body or a header.
 */
final class Redactor {
    static final String MARK = "[redacted]";
    private final String key;

    Redactor(String key) {
        this.key = key;
    }

    String redact(String text) {
        return key == null || key.isBlank() || text == null ? text : text.replace(key, MARK);
    }
}

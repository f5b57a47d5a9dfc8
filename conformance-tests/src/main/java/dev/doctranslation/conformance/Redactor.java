package dev.doctranslation.conformance;

import dev.doctranslation.contract.Redaction;

/**
 * Takes the subscription key out of anything the kit writes, by the contract's one redaction
 * rule. The kit never puts the key in on purpose; this is for a provider that echoes it back in a
 * body or a header.
 */
final class Redactor {
    static final String MARK = Redaction.MARK;
    private final String key;

    Redactor(String key) {
        this.key = key;
    }

    String redact(String text) {
        return Redaction.redact(text, key);
    }
}

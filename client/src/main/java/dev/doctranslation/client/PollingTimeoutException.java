package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationStatus;

/** {@code cancelTranslationAndWait}: the operation did not reach a terminal status in time. */
public class PollingTimeoutException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    private final transient TranslationStatus lastStatus;

    PollingTimeoutException(String message, TranslationStatus lastStatus) {
        super(message, 200, null, null);
        this.lastStatus = lastStatus;
    }

    /** The last status read before the time ran out. */
    public TranslationStatus lastStatus() {
        return lastStatus;
    }
}

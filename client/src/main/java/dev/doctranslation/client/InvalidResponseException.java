package dev.doctranslation.client;

import dev.doctranslation.contract.ResponseValidator;

import java.util.List;

/** Strict mode: the configured {@link ResponseValidator} found the answer breaks the contract. */
public class InvalidResponseException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    InvalidResponseException(String message, int statusCode, AnswerInfo answer, List<String> violations) {
        super(message, statusCode, null, answer, null);
        this.violations = List.copyOf(violations);
    }

    /** The violations the validator reported, one line each. */
    public List<String> violations() {
        return violations;
    }
}

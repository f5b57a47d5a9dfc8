package dev.doctranslation.client;

import java.util.List;

/**
 * Strict mode's hook: inspects every answer before it is decoded. The validator module
 * ({@code doctranslation-validator}) implements it against the contract; this module does not
 * depend on it.
 */
@FunctionalInterface
public interface ResponseValidator {
    /**
     * Returns the contract violations that must reject this answer, one line each; an empty list
     * lets the answer through. The client raises {@link InvalidResponseException} otherwise.
     */
    List<String> violations(ObservedResponse response);
}

package dev.doctranslation.contract;

import java.util.List;

/**
 * The client's strict-mode hook: inspects every answer before it is decoded. The validator module
 * ({@code doctranslation-validator}) implements it against the contract; the client takes any
 * implementation without depending on the validator.
 */
@FunctionalInterface
public interface ResponseValidator {
    /**
     * Returns the contract violations that must reject this answer, one line each; an empty list
     * lets the answer through. The client raises its {@code InvalidResponseException} otherwise.
     */
    List<String> violations(ObservedResponse response);
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.Severity;

/**
 * Every rule the validator enforces, with its stable id. Ids are part of the product: the kit's
 * reports, users' suppressions and the command line's output name them.
 */
public enum Rule {
    // Raw exchange against the contract.
    STATUS_DECLARED("status.declared", Severity.MUST, "the status code is declared for the operation"),
    CONTENT_TYPE_JSON("content-type.json", Severity.MUST, "a response body is sent as application/json"),
    BODY_JSON("body.json", Severity.MUST, "the body is a JSON document"),
    BODY_SCHEMA("body.schema", Severity.MUST,
            "the body matches the declared schema: types, required properties, formats, limits, enum values"),
    BODY_UNKNOWN_PROPERTY("body.unknown-property", Severity.SHOULD, "the body has no property the contract does not declare"),
    HEADER_SCHEMA("header.schema", Severity.MUST, "a declared header (Retry-After) has the declared format"),
    STATUS_SPELLING("status.spelling", Severity.SHOULD,
            "the status is spelled Cancelled, as the service sends it; the page's Canceled is a deviation"),
    ERROR_CODE_KNOWN("error.code.known", Severity.SHOULD,
            "the error code is one the contract lists (clients still decode others)"),
    ERROR_CODE_HEADER("error.code-header", Severity.MUST,
            "an Azure Core error (2024-05-01) repeats its code in the x-ms-error-code header"),

    // Typed model: the spec's own limits, as generated bean-validation annotations.
    MODEL_CONSTRAINT("model.constraint", Severity.MUST, "required values are present and numbers within their limits"),

    // The page's rules on one observation.
    SUMMARY_ARITHMETIC("summary.arithmetic", Severity.MUST,
            "total = success + failed + inProgress + notYetStarted + cancelled"),
    TIMESTAMPS_ORDERED("timestamps.ordered", Severity.MUST, "lastActionDateTimeUtc >= createdDateTimeUtc"),
    TERMINAL_SETTLED("terminal.settled", Severity.MUST,
            "a terminal status (Succeeded, Failed, Cancelled, ValidationFailed) has inProgress = 0 and notYetStarted = 0"),
    ERROR_CODE_AND_MESSAGE("error.code-and-message", Severity.MUST,
            "an error has a non-blank code and message at every level of its innerError chain"),

    // Between two observations of the same operation.
    TRANSITION_SUCCESS_KEPT("transition.success-kept", Severity.MUST,
            "success never goes down: completed documents are not cancelled and stay charged"),
    TRANSITION_FAILED_KEPT("transition.failed-kept", Severity.MUST, "failed never goes down"),
    TRANSITION_CANCELLED_KEPT("transition.cancelled-kept", Severity.MUST, "cancelled never goes down"),
    TRANSITION_CHARGE_KEPT("transition.charge-kept", Severity.MUST,
            "totalCharacterCharged never goes down: completed documents will be charged"),
    TRANSITION_CREATED_FIXED("transition.created-fixed", Severity.MUST, "createdDateTimeUtc never changes"),
    TRANSITION_TOTAL_FIXED("transition.total-fixed", Severity.MUST,
            "total never changes once the documents are counted (a summary of all zeros on a status that is not"
                    + " terminal counts nothing yet)"),
    TRANSITION_TERMINAL_FINAL("transition.terminal-final", Severity.MUST, "a terminal status never changes again"),
    TRANSITION_LAST_ACTION_FORWARD("transition.last-action-forward", Severity.MUST,
            "lastActionDateTimeUtc never goes back");

    private final String id;
    private final Severity severity;
    private final String description;

    Rule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /** The stable id, e.g. {@code summary.arithmetic}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** What the rule requires, in one line. */
    public String description() {
        return description;
    }

    /** A violation of this rule at {@code path}. */
    Violation at(String path, String message) {
        return new Violation(this, path, message);
    }
}

package dev.doctranslation.validator;

/** How binding a rule is, in the RFC 2119 sense. */
public enum Severity {
    /** Breaking it breaks the contract: strict mode rejects the answer, the kit fails the check. */
    MUST,
    /** A deviation worth reporting that does not break a client: the kit warns. */
    SHOULD
}

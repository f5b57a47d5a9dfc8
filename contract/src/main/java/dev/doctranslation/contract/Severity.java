package dev.doctranslation.contract;

/**
 * How binding a contract rule is, in the RFC 2119 sense; the validator's rules and the kit's
 * checks share it.
 */
public enum Severity {
    /** Breaking it breaks the contract: strict mode rejects the answer, the kit fails the check. */
    MUST,
    /** A deviation worth reporting that does not break a client: the kit warns. */
    SHOULD
}

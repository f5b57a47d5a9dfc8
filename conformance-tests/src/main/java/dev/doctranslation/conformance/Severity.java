package dev.doctranslation.conformance;

/** How binding a check is, in the RFC 2119 sense: a failed MUST fails the run, a SHOULD warns. */
public enum Severity {
    MUST,
    SHOULD
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.Severity;

import java.util.Objects;

/**
 * One broken rule: which rule, how binding, where in the payload (a JSON path such as
 * {@code $.summary.total}, or {@code $} for the whole answer, or {@code header:Retry-After}), and
 * a message naming the value found and what was expected.
 *
 * @param rule the rule broken
 * @param path where
 * @param message the value found and what was expected
 */
public record Violation(Rule rule, String path, String message) {
    public Violation {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** The rule's stable id. */
    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** {@code MUST summary.arithmetic $.summary: total is 10 but ...}. */
    @Override
    public String toString() {
        return rule.severity() + " " + rule.id() + " " + path + ": " + message;
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.Severity;

import java.util.List;

/**
 * One rule of the contract, checked against a target.
 *
 * @param id stable id, e.g. {@code cancel.running}; reports, {@code --check} globs and tests use it
 * @param title what is checked, in a few words
 * @param severity MUST (a failure fails the run) or SHOULD (a failure is a warning)
 * @param enforces the seed page's sentence or the contract element it enforces; for a
 *     {@code security.*} check, the weakness it covers (OWASP API Security Top 10 2023, CWE)
 * @param states the provider states it arranges (empty: it runs against any target)
 * @param body what it does
 */
public record Check(String id, String title, Severity severity, String enforces, List<String> states, Body body) {

    /** The check's steps; findings go through the context. */
    @FunctionalInterface
    public interface Body {
        void run(CheckContext context) throws Exception;
    }
}

package dev.doctranslation.conformance;

import java.util.List;

/**
 * The outcome of one check, with its evidence.
 *
 * @param check the check
 * @param verdict passed, failed or skipped
 * @param failures the MUST findings (empty unless failed)
 * @param warnings the SHOULD findings
 * @param skipReason why it was skipped, or empty
 * @param exchanges every request it sent and the answer, in order
 * @param millis how long it took
 */
public record CheckResult(Check check, Verdict verdict, List<Finding> failures, List<Finding> warnings,
        String skipReason, List<Exchange> exchanges, long millis) {
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check against one service version, with its evidence.
 *
 * @param check the check
 * @param verdict passed, failed or skipped
 * @param failures the MUST findings (empty unless failed)
 * @param warnings the SHOULD findings
 * @param skipReason why it was skipped, or empty
 * @param exchanges every request it sent and the answer, in order
 * @param millis how long it took
 * @param version the service version it checked
 */
public record CheckResult(Check check, Verdict verdict, List<Finding> failures, List<Finding> warnings,
        String skipReason, List<Exchange> exchanges, long millis, ServiceVersion version) {

    public CheckResult {
        Objects.requireNonNull(version, "version == null");
    }

    /** A result of a {@code v1.0-preview.1} check. */
    public CheckResult(Check check, Verdict verdict, List<Finding> failures, List<Finding> warnings,
            String skipReason, List<Exchange> exchanges, long millis) {
        this(check, verdict, failures, warnings, skipReason, exchanges, millis, ServiceVersion.V1_0_PREVIEW_1);
    }

    /**
     * How reports name it: the check id, after the version in brackets when the run spoke more than
     * {@code v1.0-preview.1} ({@code [2024-05-01] cancel.running}).
     */
    String name(boolean labelled) {
        return VersionLabels.name(version, check.id(), labelled);
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.time.Instant;
import java.util.List;

/**
 * One run of the kit against one target, in one or more service versions.
 *
 * @param target how the target is named (its endpoint, or "embedded mock at ...")
 * @param started when the run began
 * @param finished when it ended
 * @param results one per check and version, version by version, each version's in run order
 */
public record RunReport(String target, Instant started, Instant finished, List<CheckResult> results) {

    public long passed() {
        return count(Verdict.PASSED);
    }

    public long failed() {
        return count(Verdict.FAILED);
    }

    public long skipped() {
        return count(Verdict.SKIPPED);
    }

    /** SHOULD findings over all checks. */
    public long warnings() {
        return results.stream().mapToLong(r -> r.warnings().size()).sum();
    }

    /** True when a MUST did not hold: the run fails. */
    public boolean breaksContract() {
        return failed() > 0;
    }

    /** The versions checked, oldest first. */
    public List<ServiceVersion> versions() {
        return results.stream().map(CheckResult::version).distinct().sorted().toList();
    }

    /** Whether the reports put each check's version before its id: any run but one of v1.0-preview.1 alone. */
    boolean labelled() {
        return VersionLabels.labelled(versions());
    }

    /** The closing line CI systems read: {@code N passed, N failed, N skipped}, over every version. */
    public String closingLine() {
        return passed() + " passed, " + failed() + " failed, " + skipped() + " skipped";
    }

    private long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }
}

package dev.doctranslation.conformance;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of a {@link ConformanceKit}: its checks, one at a time, against one target, the results
 * kept in the order they end, and the reports written when the run finishes.
 */
final class CatalogueRun {
    private final Target target;
    private final Runner runner;
    private final Optional<Path> reportDir;
    private final Redactor redactor;
    private final Instant started = Instant.now();
    private final List<CheckResult> results = new ArrayList<>();
    private boolean finished;

    CatalogueRun(Target target, KitSettings settings, Optional<Path> reportDir) {
        this.target = target;
        this.runner = new Runner(target, settings);
        this.reportDir = reportDir;
        this.redactor = new Redactor(target.key());
    }

    /**
     * Runs one check. Synchronized because checks arrange states on one provider and may throttle
     * it, so two must never overlap, even when a JUnit build runs dynamic tests in parallel.
     */
    synchronized CheckResult run(Check check) {
        CheckResult result = runner.run(check);
        results.add(result);
        if (finished) {
            // Under parallel execution JUnit closes the stream before its tests end: each late
            // result rewrites the reports, so the last write holds every check.
            report();
        }
        return result;
    }

    /** Ends the run: writes the reports, if there is a folder for them, and returns the run. */
    synchronized RunReport finish() {
        finished = true;
        return report();
    }

    Redactor redactor() {
        return redactor;
    }

    private RunReport report() {
        RunReport report = new RunReport(target.label(), started, Instant.now(), List.copyOf(results));
        reportDir.ifPresent(dir -> new ReportWriter(redactor).write(report, dir));
        return report;
    }
}

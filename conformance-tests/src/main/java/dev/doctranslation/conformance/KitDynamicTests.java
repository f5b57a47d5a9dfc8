package dev.doctranslation.conformance;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The catalogue as JUnit 5 dynamic tests. The one class of the kit that uses JUnit: only {@link
 * ConformanceKit#dynamicTests()} refers to it, so the command line, which never calls that, runs
 * without JUnit on its classpath (the standalone jar has none).
 */
final class KitDynamicTests {
    private KitDynamicTests() {}

    /**
     * A test per check and version, version by version, each in run order; closing the stream
     * finishes the run, which writes the reports. The first test to run starts the run's lanes, so
     * the versions' checks run side by side while JUnit waits for each result in turn.
     */
    static Stream<DynamicTest> of(CatalogueRun run) {
        return run.planned().stream()
                .map(p -> DynamicTest.dynamicTest(displayName(p.target().version(), p.check(), run.labelled()),
                        () -> judge(run.result(p.target(), p.check()), run.redactor())))
                .onClose(run::finish);
    }

    static String displayName(Check check) {
        return check.id() + " (" + check.severity() + ") " + check.title();
    }

    /** {@code [2024-05-01] cancel.twice (MUST) ...} when the run labels versions, else as {@link #displayName(Check)}. */
    static String displayName(dev.doctranslation.contract.ServiceVersion version, Check check, boolean labelled) {
        return VersionLabels.name(version, displayName(check), labelled);
    }

    /**
     * Turns a result into the test's outcome: SHOULD findings printed, a skip an abort with its
     * reason, a failure an assertion error listing every finding. The key is taken out of each.
     */
    static void judge(CheckResult result, Redactor redactor) {
        result.warnings().forEach(w -> System.out.println(redactor.redact("WARNING (SHOULD) " + w)));
        switch (result.verdict()) {
            case SKIPPED -> Assumptions.abort(redactor.redact(result.skipReason()));
            case FAILED -> Assertions.fail(redactor.redact(result.check().id() + " failed:\n  " + result.failures().stream()
                    .map(Finding::toString).collect(Collectors.joining("\n  "))));
            case PASSED -> { }
        }
    }
}

package dev.doctranslation.conformance;

import java.util.List;
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

    /** A test per check, in run order; closing the stream finishes the run, which writes the reports. */
    static Stream<DynamicTest> of(List<Check> checks, CatalogueRun run) {
        return checks.stream()
                .map(check -> DynamicTest.dynamicTest(displayName(check), () -> judge(run.run(check), run.redactor())))
                .onClose(run::finish);
    }

    static String displayName(Check check) {
        return check.id() + " (" + check.severity() + ") " + check.title();
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

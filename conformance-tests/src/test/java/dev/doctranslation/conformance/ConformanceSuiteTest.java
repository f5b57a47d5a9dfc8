package dev.doctranslation.conformance;

import dev.doctranslation.contract.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The catalogue through Surefire: one test per check, against the target named by
 * {@code -Dconformance.target=URL} (key from the variable {@code -Dconformance.keyEnv}, states at
 * {@code -Dconformance.stateChangeUrl}), or against the embedded mock when none is named. A failed
 * MUST fails its test, an unarranged state skips it; the kit's own reports land in
 * {@code -Dconformance.reportDir}. {@code -Dconformance.strictSecurity=true} makes the
 * {@code security.*} checks MUST, as {@code --strict-security} does for the jar.
 */
class ConformanceSuiteTest {
    private static ConfiguredTarget configured;
    private static Target target;
    private static final List<CheckResult> RESULTS = new ArrayList<>();
    private static Instant started;

    @BeforeAll
    static void chooseTarget() {
        configured = ConfiguredTarget.fromSystemProperties();
        target = configured.target();
        started = Instant.now();
    }

    @AfterAll
    static void writeReports() {
        try {
            new ReportWriter(new Redactor(target.key())).write(new RunReport(target.label(), started, Instant.now(),
                    List.copyOf(RESULTS)), Path.of(System.getProperty("conformance.reportDir", "target/conformance-report")));
        } finally {
            configured.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> catalogue() {
        String globs = System.getProperty("conformance.check", "");
        Severity security = Boolean.parseBoolean(System.getProperty("conformance.strictSecurity", "false"))
                ? Severity.MUST : Severity.SHOULD;
        List<Check> checks = Catalogue.select(globs.isBlank() ? List.of()
                : Arrays.stream(globs.split(",")).map(String::trim).toList(), security);
        Runner runner = new Runner(target, KitSettings.defaults());
        return checks.stream().map(check -> DynamicTest.dynamicTest(check.id() + " (" + check.severity() + ") "
                + check.title(), () -> {
                    CheckResult result = runner.run(check);
                    RESULTS.add(result);
                    result.warnings().forEach(w -> System.out.println("WARNING (SHOULD) " + w));
                    if (result.verdict() == Verdict.SKIPPED) {
                        Assumptions.abort(result.skipReason());
                    }
                    if (result.verdict() == Verdict.FAILED) {
                        throw new AssertionFailedError(check.id() + " failed:\n  " + result.failures().stream()
                                .map(Finding::toString).collect(Collectors.joining("\n  ")));
                    }
                    assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
                }));
    }
}

package dev.doctranslation.conformance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue through Surefire: one test per check, against the target named by
 * {@code -Dconformance.target=URL} (key from the variable {@code -Dconformance.keyEnv}, states at
 * {@code -Dconformance.stateChangeUrl}), or against the embedded mock when none is named. A failed
 * MUST fails its test, an unarranged state skips it; the kit's own reports land in
 * {@code -Dconformance.reportDir}. {@code -Dconformance.strictSecurity=true} makes the
 * {@code security.*} checks MUST, as {@code --strict-security} does for the jar. A user of the
 * library API, as any other JUnit 5 build would be.
 */
class ConformanceSuiteTest {
    private static ConfiguredTarget configured;

    @BeforeAll
    static void chooseTarget() {
        configured = ConfiguredTarget.fromSystemProperties();
    }

    @AfterAll
    static void stop() {
        configured.close();
    }

    @TestFactory
    Stream<DynamicTest> catalogue() {
        String globs = System.getProperty("conformance.check", "");
        return configured.kit()
                .checks(globs.isBlank() ? new String[0] : Arrays.stream(globs.split(",")).map(String::trim).toArray(String[]::new))
                .strictSecurity(Boolean.parseBoolean(System.getProperty("conformance.strictSecurity", "false")))
                .reportDir(Path.of(System.getProperty("conformance.reportDir", "target/conformance-report")))
                .dynamicTests();
    }
}

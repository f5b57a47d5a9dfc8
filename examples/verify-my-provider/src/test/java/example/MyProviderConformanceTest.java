package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doctranslation.conformance.ConformanceKit;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider team's conformance test: the kit's whole catalogue, one JUnit test per check, against
 * the team's service. Here the service is the kit's reference mock, started by its JUnit 5
 * extension; against a real deployment, use {@code ConformanceKit.target("https://...")} with
 * {@code .key(...)} and {@code .stateChangeUrl(...)}. A failed MUST check is a failed test in this
 * build's Surefire report, and the kit's own reports land beside it.
 */
class MyProviderConformanceTest {
    private static final Path REPORTS = Path.of("target/conformance-report");

    @RegisterExtension
    static MockServerExtension provider = MockServerExtension.builder().build();

    @TestFactory
    Stream<DynamicTest> conformance() {
        return ConformanceKit.target(provider.server())
                .reportDir(REPORTS)
                .dynamicTests();
    }

    @AfterAll
    static void theKitsReportsAreWritten() throws Exception {
        try (Stream<Path> files = Files.list(REPORTS)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".json")),
                    "the kit's JSON report in " + REPORTS);
        }
    }
}

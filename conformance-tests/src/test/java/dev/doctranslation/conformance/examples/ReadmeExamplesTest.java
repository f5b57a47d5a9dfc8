package dev.doctranslation.conformance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.doctranslation.conformance.Catalogue;
import dev.doctranslation.conformance.ConformanceKit;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
import dev.doctranslation.contract.testing.ReadmeSnippets;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The README's "From your own JUnit 5 tests" example, compiled and run as a user's test class and
 * kept identical to the README. It lives outside the kit's package, so it can only use what a user
 * can: the public API.
 */
class ReadmeExamplesTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/doctranslation/conformance/examples/ReadmeExamplesTest.java");

    /**
     * Holds the README's class. A class declared in an interface is static, so JUnit runs it while it
     * reads exactly like the README's top-level class; its binary name has a '$', which Surefire's
     * default excludes skip, so only the test kit below runs it.
     */
    interface OwnJunitTests {
        // snippet:own-junit-tests:begin
        class ReferenceMockConformanceTest {
            @RegisterExtension
            static MockServerExtension mock = MockServerExtension.builder().build();

            @TestFactory
            Stream<DynamicTest> conformance() {
                return ConformanceKit.target(mock.server())         // the key and provider states come with it
                        .reportDir(Path.of("target/conformance"))   // JSON, HTML, JUnit XML: written at the end
                        .dynamicTests();                            // one test per check
            }
        }
        // snippet:own-junit-tests:end
    }

    @Test
    void theExampleRunsEveryCheckOfEveryVersionAgainstTheMockAndOnlyTheHttpsOneIsSkipped() throws IOException {
        Path xml = Path.of("target/conformance/TEST-doctranslation-conformance.xml");
        Files.deleteIfExists(xml);

        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OwnJunitTests.ReferenceMockConformanceTest.class))
                .execute()
                .testEvents();

        // A failure's own message says what broke; the statistics alone would only count it.
        assertThat(events.failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())).isEmpty();
        // Against the mock, every version's catalogue; in each, security.hsts applies to https only,
        // and the mock speaks http.
        int versions = ServiceVersion.all().size();
        int checks = ServiceVersion.all().stream().mapToInt(v -> Catalogue.forVersion(v, Severity.SHOULD).size()).sum();
        events.assertStatistics(stats -> stats.started(checks).succeeded(checks - versions).aborted(versions));
        assertThat(events.aborted().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .hasSize(versions).allSatisfy(name -> assertThat(name).containsPattern("^\\[[^]]+\\] security\\.hsts "));
        assertThat(xml).content()
                .contains("tests=\"" + checks + "\" failures=\"0\" errors=\"0\" skipped=\"" + versions + "\"");
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() {
        ReadmeSnippets.assertSame("own-junit-tests", Path.of("README.md"), SOURCE);
    }
}

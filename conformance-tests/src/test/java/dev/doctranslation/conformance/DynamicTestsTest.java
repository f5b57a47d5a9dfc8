package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@link ConformanceKit#dynamicTests()} as JUnit runs it: a check that fails is a failing test, one
 * whose state cannot be arranged a skipped one, and the reports are written when JUnit closes the
 * stream. The user's test classes below run through JUnit's test kit, against a provider that
 * breaks one rule.
 */
class DynamicTestsTest extends BreakingProviderTest {

    @TempDir
    Path reports;

    /**
     * Test classes as a user writes them, pointed at the provider by the test. Classes declared in
     * an interface are static and their binary names have a '$', which Surefire's default excludes
     * skip: only the test kit runs them.
     */
    interface UserTests {
        /** Set by each test before it runs a class below. */
        final class Settings {
            static volatile String endpoint;
            static volatile String key;
            static volatile URI states;
            static volatile Path reports;
        }

        class WithStates {
            @TestFactory
            Stream<DynamicTest> conformance() {
                return ConformanceKit.target(Settings.endpoint).key(Settings.key).stateChangeUrl(Settings.states)
                        .checks("auth.*", "cancel.twice")
                        .reportDir(Settings.reports)
                        .dynamicTests();
            }
        }

        class WithoutStates {
            @TestFactory
            Stream<DynamicTest> conformance() {
                return ConformanceKit.target(Settings.endpoint).key(Settings.key)
                        .checks("auth.wrong-key", "cancel.running")
                        .reportDir(Settings.reports)
                        .dynamicTests();
            }
        }

        class ManyChecks {
            @TestFactory
            Stream<DynamicTest> conformance() {
                return ConformanceKit.target(Settings.endpoint).key(Settings.key).stateChangeUrl(Settings.states)
                        .checks("auth.*", "status.*", "id.*", "cancel.twice", "cancel.refused.*", "throttle.429")
                        .reportDir(Settings.reports)
                        .dynamicTests();
            }
        }
    }

    private Events run(Class<?> userTest, Map<String, String> configuration) {
        UserTests.Settings.endpoint = provider.target().endpoint().toString();
        UserTests.Settings.key = provider.key();
        UserTests.Settings.states = provider.target().stateChangeUrl().orElseThrow();
        UserTests.Settings.reports = reports;
        return EngineTestKit.engine("junit-jupiter").configurationParameters(configuration)
                .selectors(selectClass(userTest)).execute().testEvents();
    }

    private static Throwable thrown(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @Test
    void aCheckThatFailsIsAFailingTestWhoseMessageListsTheFindings() {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.twice"));

        Events events = run(UserTests.WithStates.class, Map.of());

        events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1).aborted(0));
        Event failed = events.failed().stream().findFirst().orElseThrow();
        assertThat(failed.getTestDescriptor().getDisplayName())
                .isEqualTo("cancel.twice (MUST) A second cancel right after the first is refused with 400");
        assertThat(thrown(failed)).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("cancel.twice failed:\n  cancel.twice: a second cancel right after the first got 200")
                .message().doesNotContain(provider.key());
        assertThat(events.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .allSatisfy(name -> assertThat(name).startsWith("auth."));
    }

    @Test
    void whenJunitClosesTheStreamTheKitsReportsAreWritten() {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.twice"));

        run(UserTests.WithStates.class, Map.of());

        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content()
                .contains("tests=\"3\" failures=\"1\"", "<failure type=\"cancel.twice\"").doesNotContain(provider.key());
        assertThat(reports.resolve(ReportWriter.JSON)).content().contains("\"closingLine\" : \"2 passed, 1 failed, 0 skipped\"");
        assertThat(reports.resolve(ReportWriter.HTML)).content().contains("a second cancel right after the first got 200");
    }

    @Test
    void aCheckWhoseStateCannotBeArrangedIsAbortedWithTheReason() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        Events events = run(UserTests.WithoutStates.class, Map.of());

        events.assertStatistics(stats -> stats.started(2).succeeded(1).aborted(1).failed(0));
        Event aborted = events.aborted().stream().findFirst().orElseThrow();
        assertThat(aborted.getTestDescriptor().getDisplayName()).startsWith("cancel.running (MUST)");
        assertThat(thrown(aborted)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("has no state-change URL");
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("<skipped message=\"needs provider state");
    }

    @Test
    void underParallelExecutionTheChecksStillRunOneAtATimeAndTheReportsHoldEveryOne() {
        // A throttled provider answers 429 to whatever comes next: a check overlapping throttle.429 would fail.
        provider.breakWith(BreakingProvider.Breakage.NONE);

        Events events = run(UserTests.ManyChecks.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent"));

        long checks = events.started().count();
        assertThat(checks).isGreaterThan(8);
        assertThat(events.failed().stream().map(DynamicTestsTest::thrown)).isEmpty();
        events.assertStatistics(stats -> stats.succeeded(checks));
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("tests=\"" + checks + "\" failures=\"0\"");
    }

    @Test
    void warningsArePrintedAndTheKeyIsInNoMessage() {
        String key = "0123456789abcdef0123456789abcdef";
        Check check = Catalogue.select(List.of("security.key-not-echoed")).get(0);
        Finding echoed = new Finding(check.id(), "the key " + key + " comes back", "GET /batches/x", 401, "");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            KitDynamicTests.judge(new CheckResult(check, Verdict.PASSED, List.of(), List.of(echoed), "", List.of(), 1),
                    new Redactor(key));
        } finally {
            System.setOut(out);
        }
        CheckResult failed = new CheckResult(check, Verdict.FAILED, List.of(echoed), List.of(), "", List.of(), 1);
        CheckResult skipped = new CheckResult(check, Verdict.SKIPPED, List.of(), List.of(), "state " + key, List.of(), 1);

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("WARNING (SHOULD) security.key-not-echoed: the key ")
                .doesNotContain(key);
        assertThatThrownBy(() -> KitDynamicTests.judge(failed, new Redactor(key))).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("comes back").message().doesNotContain(key);
        assertThatThrownBy(() -> KitDynamicTests.judge(skipped, new Redactor(key))).isInstanceOf(TestAbortedException.class)
                .message().doesNotContain(key);
    }
}

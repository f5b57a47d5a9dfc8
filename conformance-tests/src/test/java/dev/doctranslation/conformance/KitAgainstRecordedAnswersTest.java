package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.mock.MockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit passes the reference mock when it answers as the live service's recorded sessions do
 * (its "answers as recorded" settings), each on its own and both together: every check passes with
 * no warning, {@code security.hsts} skipped as always over http.
 */
class KitAgainstRecordedAnswersTest {
    private static final KitSettings QUICK = new KitSettings(Duration.ofSeconds(5), Duration.ofMillis(100));
    private static final Duration COUNT_DELAY = Duration.ofMillis(800);
    /**
     * The client's consumer pact expects {@code Cancelling|Cancelled} in a cancel's own answer,
     * which a cancel answered before it applies does not give (see the test below).
     */
    private static final String PACT = "pact.verification";

    private static List<CheckResult> run(MockServer.Builder settings, List<Check> checks) {
        try (MockServer mock = settings.requestLog(false).start()) {
            return new Runner(ConformanceKit.target(mock).build().target(), QUICK).run(checks, r -> { });
        }
    }

    private static List<Check> allBut(String id) {
        return Catalogue.all().stream().filter(c -> !c.id().equals(id)).toList();
    }

    private static void assertPasses(List<CheckResult> results) {
        assertThat(results).isNotEmpty().allSatisfy(r -> {
            Verdict expected = Breakages.OVER_TLS.contains(r.check().id()) ? Verdict.SKIPPED : Verdict.PASSED;
            assertThat(r.verdict()).as(r.check().id() + " " + r.failures() + r.skipReason()).isEqualTo(expected);
            assertThat(r.warnings()).as(r.check().id()).isEmpty();
        });
    }

    @Test
    void documentsCountedAfterADelayPassTheWholeCatalogue() {
        assertPasses(run(MockServer.builder().documentCountDelay(COUNT_DELAY), Catalogue.all()));
    }

    @Test
    void aCancelAnsweredBeforeItAppliesPassesEveryCheckButTheClientsPact() {
        assertPasses(run(MockServer.builder().cancelAnswersBeforeApplying(true), allBut(PACT)));
    }

    @Test
    void bothTogetherPassEveryCheckButTheClientsPact() {
        assertPasses(run(MockServer.builder().cancelAnswersBeforeApplying(true).documentCountDelay(COUNT_DELAY),
                allBut(PACT)));
    }

    /** Pins the one disagreement, so a change to the client's pact shows up here. */
    @Test
    void theClientsPactExpectsTheCancelApplied() {
        List<CheckResult> results = run(MockServer.builder().cancelAnswersBeforeApplying(true),
                Catalogue.select(List.of(PACT)));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(r.failures()).extracting(Finding::message)
                    .anySatisfy(m -> assertThat(m).contains("cancel of a running operation").contains("Cancelling|Cancelled"));
        });
    }
}

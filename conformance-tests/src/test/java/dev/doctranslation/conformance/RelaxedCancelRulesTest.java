package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.doctranslation.conformance.BreakingProvider.Answer;
import dev.doctranslation.conformance.BreakingProvider.Breakage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The kit passes a provider that answers as the live service's recorded sessions do, and still
 * fails one that breaks what the relaxed rules keep (README, "Rules the recordings changed"). Each
 * provider is the reference mock behind {@link BreakingProvider}, over real HTTP.
 */
class RelaxedCancelRulesTest extends BreakingProviderTest {
    private static final KitSettings QUICK = new KitSettings(Duration.ofSeconds(3), Duration.ofMillis(100));
    private static final List<String> CANCEL_CHECKS =
            List.of("cancel.not-started", "cancel.running", "cancel.settles", "cancel.last-action-moves");

    private static List<CheckResult> run(Breakage breakage, List<String> ids) {
        provider.breakWith(breakage);
        return new Runner(provider.target(), QUICK).run(Catalogue.select(ids), r -> { });
    }

    private static CheckResult runOne(Breakage breakage, String id) {
        return run(breakage, List.of(id)).get(0);
    }

    private static void assertAllPass(List<CheckResult> results) {
        assertThat(results).hasSize(CANCEL_CHECKS.size()).allSatisfy(r -> {
            assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASSED);
            assertThat(r.warnings()).as(r.toString()).isEmpty();
        });
    }

    // --- the cancel's answer may be the status before the cancel --------------------------------

    /** As at v1.0: the cancel is applied, but its answer is the state before it, dated at the cancel. */
    private static final Breakage ANSWERS_BEFORE_APPLYING = (call, up) -> {
        if (!call.method().equals("DELETE")) {
            return up.get();
        }
        Answer before = up.as("GET");
        Answer applied = up.get();
        if (applied.status() != 200 || before.status() != 200) {
            return applied;
        }
        ObjectNode body = BreakingProvider.object(before);
        body.set("lastActionDateTimeUtc", applied.tree().get("lastActionDateTimeUtc"));
        return applied.withBody(body);
    };

    @Test
    void aCancelAnsweredWithTheStatusBeforeItPassesWhenReadsShowItApplied() {
        assertAllPass(run(ANSWERS_BEFORE_APPLYING, CANCEL_CHECKS));
    }

    @Test
    void aCancelAnsweredWithTheStatusBeforeItFailsWhenItNeverApplies() {
        // The cancel is never forwarded: the operation stays as it was.
        Breakage neverApplies = (call, up) -> call.method().equals("DELETE") ? up.as("GET") : up.get();

        for (String id : List.of("cancel.not-started", "cancel.running")) {
            CheckResult result = runOne(neverApplies, id);
            String arranged = id.equals("cancel.running") ? "Running" : "NotStarted";

            assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
            assertThat(result.failures()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo(id);
                assertThat(f.message()).isEqualTo("status is " + arranged + " PT3S after a cancel that answered " + arranged
                        + "; expected Cancelling or Cancelled once the cancel applied");
            });
        }
    }

    @Test
    void aCancelAnsweredWithAnotherStatusFailsAtOnce() {
        Breakage otherStatus = (call, up) -> {
            Answer a = up.get();
            if (call.method().equals("DELETE") && a.status() == 200) {
                return a.withBody(BreakingProvider.object(a).put("status", "Running"));
            }
            return a;
        };

        CheckResult result = runOne(otherStatus, "cancel.not-started");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.failures()).extracting(Finding::message).containsExactly("status after cancel is Running;"
                + " expected Cancelling or Cancelled, or NotStarted (the status before the cancel) if later reads show"
                + " the cancel applied");
    }

    // --- a summary of all zeros counts nothing yet --------------------------------------------

    /** As every recorded cancel: Cancelling with an all-zero summary, the counts shown by the next read. */
    private static final Breakage ANSWERS_UNCOUNTED = (call, up) -> {
        Answer a = up.get();
        if (call.method().equals("DELETE") && a.status() == 200) {
            ObjectNode body = BreakingProvider.object(a);
            ObjectNode summary = (ObjectNode) body.get("summary");
            List.of("total", "failed", "success", "inProgress", "notYetStarted", "cancelled", "totalCharacterCharged")
                    .forEach(name -> summary.put(name, 0));
            body.put("status", "Cancelling");
            return a.withBody(body);
        }
        return a;
    };

    @Test
    void aCancelAnsweredWithAnUncountedSummaryPasses() {
        assertAllPass(run(ANSWERS_UNCOUNTED, CANCEL_CHECKS));
    }

    @Test
    void aCountLostBehindAnUncountedAnswerStillFails() {
        Breakage losesASuccess = (call, up) -> {
            Answer a = ANSWERS_UNCOUNTED.answer(call, up);
            if (call.method().equals("GET") && call.deletesSoFar() > 0 && a.status() == 200
                    && a.body().contains("\"Cancelled\"")) {
                ObjectNode body = BreakingProvider.object(a);
                ObjectNode summary = (ObjectNode) body.get("summary");
                summary.put("success", summary.get("success").asInt() - 1);
                summary.put("cancelled", summary.get("cancelled").asInt() + 1);
                return a.withBody(body);
            }
            return a;
        };

        CheckResult result = runOne(losesASuccess, "cancel.settles");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.failures()).extracting(Finding::ruleId).contains("transition.success-kept");
    }

    @Test
    void aTotalThatChangesOnceCountedStillFails() {
        Breakage oneMore = (call, up) -> {
            Answer a = up.get();
            if (call.method().equals("GET") && call.deletesSoFar() > 0 && a.status() == 200) {
                ObjectNode body = BreakingProvider.object(a);
                ObjectNode summary = (ObjectNode) body.get("summary");
                summary.put("total", summary.get("total").asInt() + 1);
                summary.put("cancelled", summary.get("cancelled").asInt() + 1);
                return a.withBody(body);
            }
            return a;
        };

        CheckResult result = runOne(oneMore, "cancel.settles");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.failures()).extracting(Finding::ruleId).contains("transition.total-fixed");
    }

    // --- an answer a shared cache serves again is not a new observation ------------------------

    /**
     * As the 2024-05-01 session behind a cache: after the cancel, the first reads are the read
     * before it, served again with {@code Age}.
     */
    private static Breakage servedAgain(java.util.function.UnaryOperator<ObjectNode> change) {
        Map<String, String> readBefore = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> servedAgain = new ConcurrentHashMap<>();
        return (call, up) -> {
            Answer a = up.get();
            if (!call.method().equals("GET") || a.status() != 200) {
                return a;
            }
            if (call.deletesSoFar() == 0) {
                readBefore.put(call.id(), a.body());
                return a;
            }
            String before = readBefore.get(call.id());
            int times = servedAgain.computeIfAbsent(call.id(), k -> new AtomicInteger()).incrementAndGet();
            if (before == null || times > 3) {
                return a;
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(a.headers());
            headers.put("Age", String.valueOf(times));
            JsonNode body = change.apply((ObjectNode) new Answer(200, Map.of(), before).tree());
            return new Answer(200, headers, body.toString());
        };
    }

    @Test
    void readsACacheServesAgainAfterTheCancelPass() {
        assertAllPass(run(servedAgain(body -> body), CANCEL_CHECKS));
    }

    @Test
    void aBodyNeverSeenIsComparedEvenWithAge() {
        // The "cached" answer differs from every earlier one: a success went missing.
        Breakage disguised = servedAgain(body -> {
            ObjectNode summary = (ObjectNode) body.get("summary");
            summary.put("success", summary.get("success").asInt() - 1);
            summary.put("notYetStarted", summary.get("notYetStarted").asInt() + 1);
            return body;
        });

        CheckResult result = runOne(disguised, "cancel.settles");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.failures()).extracting(Finding::ruleId).contains("transition.success-kept");
    }
}

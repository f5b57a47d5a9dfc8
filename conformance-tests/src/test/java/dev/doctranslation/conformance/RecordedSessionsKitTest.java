package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.contract.testing.Recordings;
import dev.doctranslation.contract.testing.Recordings.Recording;
import dev.doctranslation.contract.testing.Recordings.Step;
import dev.doctranslation.validator.ContractValidator;
import dev.doctranslation.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit's cancel and transition rules hold on every recorded session of the live service (the
 * contract module's {@code recordings/}), seen one answer at a time in the order the service gave
 * them, cached answers included; and they still catch the provider that breaks them.
 */
class RecordedSessionsKitTest {
    private static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();

    static List<Recording> recordings() {
        return Recordings.all();
    }

    static List<Recording> withCancel() {
        return Recordings.all().stream().filter(Recording::hasCancel).toList();
    }

    private static Exchange exchange(Step step) {
        return new Exchange(step.operationId(), step.method(), step.request().substring(step.method().length() + 1),
                step.statusCode(), step.headers(), step.body());
    }

    private static List<Violation> observeAll(List<Step> steps) {
        OperationHistory history = new OperationHistory(VALIDATOR);
        List<Violation> found = new ArrayList<>();
        for (Step step : steps) {
            found.addAll(history.observe(exchange(step), step.status()));
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void everyAnswerInTheOrderTheServiceGaveThemKeepsTheTransitionRules(Recording recording) {
        assertThat(observeAll(recording.inServiceOrder())).as("%s (%s)", recording.name(), recording.source()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withCancel")
    void theCancelsAnswerIsAppliedOrTheStatusBeforeItAndThenReadsShowItApplied(Recording recording) {
        Status answered = recording.cancel().status().getStatus();
        CancelChecks.CancelAnswer kind = CancelChecks.CancelAnswer.of(recording.statusBeforeCancel(), answered);

        assertThat(kind).as("%s: the cancel answered %s", recording.name(), answered)
                .isIn(CancelChecks.CancelAnswer.APPLIED, CancelChecks.CancelAnswer.BEFORE);
        if (kind == CancelChecks.CancelAnswer.BEFORE) {
            List<Step> ordered = recording.freshInServiceOrder();
            List<Step> after = ordered.subList(ordered.indexOf(recording.cancel()) + 1, ordered.size());
            assertThat(after).as("%s: reads after the cancel", recording.name())
                    .anyMatch(s -> CancelChecks.CancelAnswer.applied(s.status().getStatus()));
        }
    }

    @Test
    void theSessionsHaveBothKindsOfCancelAnswer() {
        assertThat(withCancel()).extracting(r -> CancelChecks.CancelAnswer.of(r.statusBeforeCancel(),
                r.cancel().status().getStatus())).contains(CancelChecks.CancelAnswer.APPLIED, CancelChecks.CancelAnswer.BEFORE);
    }

    // --- the relaxed rules still catch a broken provider -----------------------------------------

    @Test
    void aCancelAnswerThatIsNeitherAppliedNorTheStatusBeforeIsWrong() {
        assertThat(CancelChecks.CancelAnswer.of(Status.NOT_STARTED, Status.RUNNING)).isEqualTo(CancelChecks.CancelAnswer.WRONG);
        assertThat(CancelChecks.CancelAnswer.of(Status.RUNNING, Status.SUCCEEDED)).isEqualTo(CancelChecks.CancelAnswer.WRONG);
        assertThat(CancelChecks.CancelAnswer.of(Status.RUNNING, null)).isEqualTo(CancelChecks.CancelAnswer.WRONG);
    }

    /** In the order they arrived, a cached answer after the cancel would read as the cancel undone. */
    @Test
    void onlyTheCacheMarkKeepsAnAnswerServedAgainFromBeingCompared() {
        Recording cached = Recordings.read("python-2024-05-01-2024-10-14-cancel-translation.json");
        List<Step> withoutAge = cached.inServiceOrder().stream().map(s -> s.fromCache() ? withoutHeader(s, "Age") : s).toList();

        assertThat(observeAll(withoutAge)).extracting(Violation::ruleId).contains("transition.last-action-forward");
    }

    @Test
    void anAgeOnABodyNeverSeenIsStillCompared() {
        Recording recording = Recordings.read("python-v1.0-2022-01-25-cancel-translation.json");
        List<Step> steps = new ArrayList<>(recording.inServiceOrder());
        Step settled = steps.get(steps.size() - 1);
        // Cancelled again, but with one cancelled document turned into a failed one, behind an Age.
        String body = new String(settled.body(), StandardCharsets.UTF_8).replace("\"failed\":0", "\"failed\":1")
                .replace("\"cancelled\":8", "\"cancelled\":7");
        steps.add(new Step(settled.request(), "GET", 200, Map.of("Age", List.of("3")), body.getBytes(StandardCharsets.UTF_8),
                false, false));

        assertThat(observeAll(steps)).extracting(Violation::ruleId).containsExactly("transition.cancelled-kept");
    }

    @Test
    void aCountLostAcrossAnUncountedAnswerIsStillFound() {
        OperationHistory history = new OperationHistory(VALIDATOR);
        TranslationStatus running = status(Status.RUNNING, 10, 4, 2, 4, 0);
        TranslationStatus uncounted = status(Status.CANCELLING, 0, 0, 0, 0, 0);
        TranslationStatus lostOne = status(Status.CANCELLING, 10, 3, 2, 0, 5);

        assertThat(history.observe(answerOf(running), running)).isEmpty();
        assertThat(history.observe(answerOf(uncounted), uncounted)).isEmpty();
        assertThat(history.observe(answerOf(lostOne), lostOne)).extracting(Violation::ruleId)
                .containsExactly("transition.success-kept");
    }

    @Test
    void aTotalThatChangesOnceCountedIsStillFound() {
        OperationHistory history = new OperationHistory(VALIDATOR);
        TranslationStatus uncounted = status(Status.NOT_STARTED, 0, 0, 0, 0, 0);
        TranslationStatus counted = status(Status.CANCELLING, 8, 0, 0, 8, 0);
        TranslationStatus more = status(Status.CANCELLED, 9, 0, 0, 0, 9);

        assertThat(history.observe(answerOf(uncounted), uncounted)).isEmpty();
        assertThat(history.observe(answerOf(counted), counted)).isEmpty();
        assertThat(history.observe(answerOf(more), more)).extracting(Violation::ruleId).containsExactly("transition.total-fixed");
    }

    private static TranslationStatus status(Status status, int total, int success, int inProgress, int notYetStarted,
            int cancelled) {
        return new TranslationStatus().id(java.util.UUID.fromString("89f308bb-c625-4c99-b6b3-147bfa6e2bfe"))
                .createdDateTimeUtc(java.time.OffsetDateTime.parse("2022-01-25T22:45:54.5961342Z"))
                .lastActionDateTimeUtc(java.time.OffsetDateTime.parse("2022-01-25T22:46:01.0516455Z")).status(status)
                .summary(new StatusSummary().total(total).success(success).failed(0).inProgress(inProgress)
                        .notYetStarted(notYetStarted).cancelled(cancelled).totalCharacterCharged(0L));
    }

    private static Exchange answerOf(TranslationStatus status) {
        byte[] body = (status.getStatus() + ":" + status.getSummary()).getBytes(StandardCharsets.UTF_8);
        return new Exchange("getTranslationStatus", "GET", "/batches/" + status.getId(), 200, Map.of(), body);
    }

    private static Step withoutHeader(Step step, String name) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>(step.headers());
        headers.keySet().removeIf(h -> h.equalsIgnoreCase(name));
        return new Step(step.request(), step.method(), step.statusCode(), headers, step.body(), step.racedTheCancel(),
                step.readFromList());
    }
}

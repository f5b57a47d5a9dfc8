package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.Statuses;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.contract.testing.Recordings;
import dev.doctranslation.contract.testing.Recordings.Recording;
import dev.doctranslation.contract.testing.Recordings.Step;
import dev.doctranslation.contract.ServiceVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live service keeps every rule: each answer of each recorded session (contract module's
 * {@code recordings/}) gets no violation, and neither does any step from one fresh observation to
 * the next, in the order the service answered them. Answers a shared cache served again are
 * earlier observations seen again, not a step (the kit recognises them; see its tests).
 */
class RecordedSessionsTest {
    private static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();
    private static final Map<ServiceVersion, ContractValidator> BY_VERSION = new EnumMap<>(ServiceVersion.class);

    /** The contract of the version the session talked to: its routes, headers and envelope. */
    private static synchronized ContractValidator validatorOf(Recording recording) {
        return BY_VERSION.computeIfAbsent(ServiceVersion.fromId(recording.serviceVersion()), ContractValidator::fromClasspath);
    }

    static List<Recording> recordings() {
        return Recordings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void everyAnswerKeepsEveryExchangeRule(Recording recording) {
        for (Step step : recording.steps()) {
            assertThat(validatorOf(recording).validateExchange(step.operationId(), step.statusCode(), step.headers(), step.body()))
                    .as("%s, %s (%s)", recording.name(), step, recording.source()).isEmpty();
            assertThat(VALIDATOR.validate(step.status())).as("%s, %s as the model", recording.name(), step).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void everyStepFromOneFreshObservationToTheNextKeepsEveryTransitionRule(Recording recording) {
        List<Step> fresh = recording.freshInServiceOrder();
        for (int i = 1; i < fresh.size(); i++) {
            assertThat(VALIDATOR.validateTransition(fresh.get(i - 1).status(), fresh.get(i).status()))
                    .as("%s, %s then %s (%s)", recording.name(), fresh.get(i - 1), fresh.get(i), recording.source())
                    .isEmpty();
        }
    }

    /**
     * The sessions hold what the relaxed rules are about, so the tests above are not vacuous: a
     * total that grows from an uncounted summary, a cancel answered with the status before it, and
     * answers served again by a cache.
     */
    @Test
    void theSessionsShowWhatTheRulesWereRelaxedFor() {
        List<Recording> all = Recordings.all();
        assertThat(all).anySatisfy(r -> assertThat(totalsOf(r.freshInServiceOrder())).containsSubsequence(0, 8));
        assertThat(all).filteredOn(Recording::hasCancel)
                .anySatisfy(r -> assertThat(r.cancel().status().getStatus()).isEqualTo(Status.NOT_STARTED))
                .anySatisfy(r -> assertThat(r.cancel().status().getStatus()).isEqualTo(Status.CANCELLING))
                .allSatisfy(r -> assertThat(Statuses.documentsCounted(r.cancel().status())).isFalse());
        assertThat(all).anySatisfy(r -> assertThat(r.steps()).anyMatch(Step::fromCache));
    }

    /** In arrival order, a cached answer does break the rules: skipping it is what keeps them. */
    @Test
    void inArrivalOrderTheCachedAnswersWouldBreakTheRules() {
        Recording cached = Recordings.read("python-2024-05-01-2024-10-14-cancel-translation.json");
        TranslationStatus cancelAnswer = cached.cancel().status();
        TranslationStatus servedAgain = cached.steps().stream().filter(Step::fromCache).findFirst().orElseThrow().status();

        assertThat(VALIDATOR.validateTransition(cancelAnswer, servedAgain)).extracting(Violation::ruleId)
                .containsExactly("transition.last-action-forward");
    }

    private static List<Integer> totalsOf(List<Step> steps) {
        return steps.stream().map(s -> s.status().getSummary().getTotal()).toList();
    }
}

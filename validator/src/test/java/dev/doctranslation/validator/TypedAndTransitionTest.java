package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypedAndTransitionTest {
    private static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();

    /** The seed page's 200 example, as the generated model. */
    static TranslationStatus pageExample() {
        return new TranslationStatus()
                .id(UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"))
                .createdDateTimeUtc(OffsetDateTime.parse("2020-03-26T00:00:00Z"))
                .lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T01:00:00Z"))
                .status(Status.SUCCEEDED)
                .summary(new StatusSummary().total(10).failed(1).success(9).inProgress(0).notYetStarted(0)
                        .cancelled(0).totalCharacterCharged(0L));
    }

    static TranslationStatus running() {
        return pageExample().status(Status.RUNNING)
                .summary(new StatusSummary().total(10).failed(1).success(4).inProgress(2).notYetStarted(3)
                        .cancelled(0).totalCharacterCharged(100L));
    }

    @Test
    void theSeedExampleHasNoViolation() {
        assertThat(VALIDATOR.validate(pageExample())).isEmpty();
        assertThat(VALIDATOR.validate(running())).isEmpty();
    }

    @Test
    void generatedConstraintsAreEnforced() {
        TranslationStatus status = pageExample().id(null);
        status.getSummary().setCancelled(-1);
        status.getSummary().setTotal(9);

        assertThat(VALIDATOR.validate(status)).extracting(Violation::ruleId, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("model.constraint", "$.id"),
                org.assertj.core.groups.Tuple.tuple("model.constraint", "$.summary.cancelled"));
        assertThat(VALIDATOR.validate(status).get(1).message()).contains("-1");
    }

    @Test
    void eachPageRuleFiresAloneOnTheModel() {
        TranslationStatus arithmetic = pageExample();
        arithmetic.getSummary().setSuccess(8);
        TranslationStatus timestamps = pageExample().createdDateTimeUtc(OffsetDateTime.parse("2020-03-26T02:00:00Z"));
        TranslationStatus terminal = running().status(Status.CANCELLED);

        assertThat(VALIDATOR.validate(arithmetic)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SUMMARY_ARITHMETIC);
            assertThat(v.path()).isEqualTo("$.summary");
            assertThat(v.message()).isEqualTo("total is 10 but success 8 + failed 1 + inProgress 0 + notYetStarted 0"
                    + " + cancelled 0 = 9; expected them equal");
        });
        assertThat(VALIDATOR.validate(timestamps)).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("$.lastActionDateTimeUtc"))
                .extracting(Violation::rule).isEqualTo(Rule.TIMESTAMPS_ORDERED);
        assertThat(VALIDATOR.validate(terminal)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(
                        "status Cancelled is terminal but inProgress is 2 and notYetStarted is 3; expected both 0"))
                .extracting(Violation::rule).isEqualTo(Rule.TERMINAL_SETTLED);
    }

    @Test
    void blankCodesAndMessagesAreFoundAtEveryLevel() {
        TranslationErrorResponse error = new TranslationErrorResponse().error(new TranslationError()
                .code(TranslationErrorCode.INVALID_REQUEST).message("top")
                .innerError(new InnerTranslationError().code("c1").message("m1")
                        .innerError(new InnerTranslationError().code(" ").message(""))));

        assertThat(VALIDATOR.validate(error)).extracting(Violation::ruleId, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("error.code-and-message", "$.error.innerError.innerError.code"),
                org.assertj.core.groups.Tuple.tuple("error.code-and-message", "$.error.innerError.innerError.message"));
    }

    @Test
    void aCancelThatKeepsTheRulesPassesTheTransitionCheck() {
        TranslationStatus after = running().status(Status.CANCELLING)
                .lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T01:05:00Z"))
                .summary(new StatusSummary().total(10).failed(1).success(4).inProgress(2).notYetStarted(0)
                        .cancelled(3).totalCharacterCharged(100L));

        assertThat(VALIDATOR.validateTransition(running(), after)).isEmpty();
    }

    @Test
    void eachTransitionRuleFiresAlone() {
        TranslationStatus lowerSuccess = running();
        lowerSuccess.getSummary().success(3).cancelled(1);
        TranslationStatus lowerFailed = running();
        lowerFailed.getSummary().failed(0).cancelled(1);
        TranslationStatus otherTotal = running();
        otherTotal.getSummary().total(11).cancelled(1);
        TranslationStatus goneBack = running().lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T00:30:00Z"));
        TranslationStatus lowerCharge = running();
        lowerCharge.getSummary().totalCharacterCharged(99L);
        TranslationStatus lowerCancelled = running();
        lowerCancelled.getSummary().cancelled(1).notYetStarted(2);
        TranslationStatus fewerCancelled = running();
        fewerCancelled.getSummary().cancelled(0).notYetStarted(3);
        TranslationStatus otherCreated = running().createdDateTimeUtc(OffsetDateTime.parse("2020-03-26T00:00:01Z"));

        assertThat(VALIDATOR.validateTransition(running(), lowerSuccess)).extracting(Violation::ruleId)
                .containsExactly("transition.success-kept");
        assertThat(VALIDATOR.validateTransition(running(), lowerFailed)).extracting(Violation::ruleId)
                .containsExactly("transition.failed-kept");
        assertThat(VALIDATOR.validateTransition(running(), otherTotal)).extracting(Violation::ruleId)
                .containsExactly("transition.total-fixed");
        assertThat(VALIDATOR.validateTransition(running(), goneBack)).extracting(Violation::ruleId)
                .containsExactly("transition.last-action-forward");
        assertThat(VALIDATOR.validateTransition(running(), lowerCharge)).extracting(Violation::ruleId)
                .containsExactly("transition.charge-kept");
        assertThat(VALIDATOR.validateTransition(lowerCancelled, fewerCancelled)).extracting(Violation::ruleId)
                .containsExactly("transition.cancelled-kept");
        assertThat(VALIDATOR.validateTransition(running(), otherCreated)).extracting(Violation::ruleId)
                .containsExactly("transition.created-fixed");
        assertThat(VALIDATOR.validateTransition(pageExample(), pageExample().status(Status.RUNNING)))
                .extracting(Violation::ruleId).containsExactly("transition.terminal-final");
        assertThat(VALIDATOR.validateTransition(running(), lowerSuccess).get(0).message())
                .isEqualTo("success went down from 4 to 3; expected at least 4");
    }

    /** A summary of all zeros: the documents are not counted yet (or, on a terminal status, there are none). */
    private static StatusSummary zeros() {
        return new StatusSummary().total(0).failed(0).success(0).inProgress(0).notYetStarted(0).cancelled(0)
                .totalCharacterCharged(0L);
    }

    @Test
    void totalMayGoFromUncountedToItsCountButNotChangeOnceCounted() {
        TranslationStatus uncounted = running().status(Status.NOT_STARTED).summary(zeros());
        TranslationStatus counted = running().status(Status.CANCELLING)
                .summary(new StatusSummary().total(8).failed(0).success(0).inProgress(0).notYetStarted(8).cancelled(0)
                        .totalCharacterCharged(0L));
        TranslationStatus recounted = running().status(Status.CANCELLING)
                .summary(new StatusSummary().total(9).failed(0).success(0).inProgress(0).notYetStarted(9).cancelled(0)
                        .totalCharacterCharged(0L));
        TranslationStatus fewer = running();
        fewer.getSummary().total(9).notYetStarted(2);

        assertThat(VALIDATOR.validateTransition(uncounted, counted)).isEmpty();
        assertThat(VALIDATOR.validateTransition(counted, recounted)).singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("total went from 8 to 9; expected it unchanged once the documents are counted"))
                .extracting(Violation::ruleId).isEqualTo("transition.total-fixed");
        assertThat(VALIDATOR.validateTransition(running(), fewer)).extracting(Violation::ruleId)
                .containsExactly("transition.total-fixed");
    }

    @Test
    void aSummaryThatCountsNothingYetLowersNoCount() {
        // The live service's answer to a cancel sent before it counted the documents.
        TranslationStatus cancelAnswer = running().status(Status.CANCELLING)
                .lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T01:05:00Z")).summary(zeros());

        assertThat(VALIDATOR.validateTransition(running(), cancelAnswer)).isEmpty();
    }

    @Test
    void aTerminalStatusCountsItsDocumentsZerosIncluded() {
        TranslationStatus cancelledEmpty = running().status(Status.CANCELLED)
                .lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T01:05:00Z")).summary(zeros());
        TranslationStatus cancelled = pageExample().status(Status.CANCELLED)
                .summary(new StatusSummary().total(10).failed(1).success(4).inProgress(0).notYetStarted(0).cancelled(5)
                        .totalCharacterCharged(100L));
        TranslationStatus grown = pageExample().status(Status.CANCELLED)
                .summary(new StatusSummary().total(11).failed(1).success(4).inProgress(0).notYetStarted(0).cancelled(6)
                        .totalCharacterCharged(100L));

        assertThat(VALIDATOR.validateTransition(running(), cancelledEmpty)).extracting(Violation::ruleId)
                .containsExactly("transition.success-kept", "transition.failed-kept", "transition.charge-kept",
                        "transition.total-fixed");
        assertThat(VALIDATOR.validateTransition(cancelled, grown)).extracting(Violation::ruleId)
                .containsExactly("transition.total-fixed");
    }

    @Test
    void anUnknownOperationIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> VALIDATOR.validateExchange("cancel", 200, java.util.Map.of(), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown operation 'cancel'; the contract has cancelTranslation, getTranslationStatus");
    }
}

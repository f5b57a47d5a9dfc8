package dev.doctranslation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.contract.testing.Recordings;
import dev.doctranslation.contract.testing.Recordings.Step;
import org.junit.jupiter.api.Test;

class DocumentsCountedTest {

    private static TranslationStatus of(Status status, int total, int notYetStarted, long charged) {
        return new TranslationStatus().status(status).summary(new StatusSummary().total(total).success(0).failed(0)
                .inProgress(0).notYetStarted(notYetStarted).cancelled(0).totalCharacterCharged(charged));
    }

    @Test
    void anAllZeroSummaryOfAnOperationNotEndedCountsNothingYet() {
        assertThat(Statuses.documentsCounted(of(Status.NOT_STARTED, 0, 0, 0))).isFalse();
        assertThat(Statuses.documentsCounted(of(Status.CANCELLING, 0, 0, 0))).isFalse();
        assertThat(Statuses.documentsCounted(of(Status.RUNNING, 0, 0, 0))).isFalse();
    }

    @Test
    void anyCountOrChargeOrAnEndedOperationCounts() {
        assertThat(Statuses.documentsCounted(of(Status.CANCELLING, 1, 1, 0))).isTrue();
        assertThat(Statuses.documentsCounted(of(Status.RUNNING, 0, 0, 5))).isTrue();
        assertThat(Statuses.documentsCounted(of(Status.VALIDATION_FAILED, 0, 0, 0))).isTrue();
        assertThat(Statuses.documentsCounted(of(Status.CANCELLED, 0, 0, 0))).isTrue();
        assertThat(Statuses.documentsCounted(new TranslationStatus().status(Status.RUNNING))).isFalse();
        assertThat(Statuses.documentsCounted(null)).isFalse();
    }

    @Test
    void theRecordedSessionsHaveBothKinds() {
        var steps = Recordings.all().stream().flatMap(r -> r.steps().stream()).map(Step::status).toList();
        assertThat(steps).anyMatch(s -> !Statuses.documentsCounted(s)).anyMatch(Statuses::documentsCounted);
        // Every cancel's answer in the recordings is uncounted: the cancels came right after the submission.
        assertThat(Recordings.all().stream().filter(Recordings.Recording::hasCancel).map(r -> r.cancel().status()))
                .noneMatch(Statuses::documentsCounted);
    }
}

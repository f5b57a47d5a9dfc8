package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Arrangements: consistent defaults for every status, and refusals that name the parameter. */
class OperationPlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-26T00:00:00Z");
    private final OperationPlanner planner =
            new OperationPlanner(Duration.ofSeconds(1), 2, Duration.ofSeconds(1));

    /** Every status the contract lists; the models' stand-in for unlisted values is read, never arranged. */
    @ParameterizedTest
    @EnumSource(value = Status.class, names = "UNKNOWN_DEFAULT_OPEN_API", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusCanBeArrangedWithDefaults(Status status) {
        OperationSnapshot snapshot = arrange(Arrangement.of(status.toString()));

        assertThat(snapshot.status()).isEqualTo(status);
        assertThat(snapshot.total())
                .isEqualTo(
                        snapshot.success() + snapshot.failed() + snapshot.inProgress()
                                + snapshot.notYetStarted() + snapshot.cancelled());
        assertThat(snapshot.lastActionAt()).isAfterOrEqualTo(snapshot.createdAt());
    }

    @Test
    void theDefaultsOfRunningReadLikeThePagesExample() {
        OperationSnapshot running = arrange(Arrangement.of("Running"));

        assertThat(running.total()).isEqualTo(10);
        assertThat(running.success()).isEqualTo(4);
        assertThat(running.failed()).isEqualTo(1);
        assertThat(running.inProgress()).isEqualTo(2);
        assertThat(running.notYetStarted()).isEqualTo(3);
    }

    @Test
    void thePagesSpellingCanceledIsReadAsCancelled() {
        assertThat(arrange(Arrangement.of("Canceled")).status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void givenCountsAreKept() {
        OperationSnapshot succeeded =
                arrange(Arrangement.of("Succeeded").withTotal(20).withSuccess(15));

        assertThat(succeeded.success()).isEqualTo(15);
        assertThat(succeeded.failed()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({
        "Running, 10, 9, 1, success",
        "Cancelling, 10, 10, 0, success",
        "Succeeded, 10, 0, 10, success",
        "Succeeded, 10, 11, -1, success",
        "Failed, 10, 1, -1, success",
        "NotStarted, 10, -1, 2, failed",
        "Cancelled, 10, 8, 3, success",
        "Running, 0, -1, -1, total",
        "Running, 100001, -1, -1, total",
        "Running, 10, -2, -1, success",
        "Runing, 10, -1, -1, status",
    })
    void countsThatCannotAddUpAreRefusedNamingTheParameter(
            String status, int total, int success, int failed, String parameter) {
        Arrangement arrangement =
                new Arrangement(status, total, success == -1 ? null : success, failed == -1 ? null : failed);

        assertThatThrownBy(() -> arrange(arrangement))
                .isInstanceOfSatisfying(
                        InvalidArrangementException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void aStatusTheContractDoesNotListIsRefusedNamingTheListedOnes() {
        assertThatThrownBy(() -> arrange(Arrangement.of("Paused")))
                .isInstanceOfSatisfying(InvalidArrangementException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("Paused", "NotStarted", "ValidationFailed")
                            .doesNotContain("unknown_default_open_api");
                });
    }

    private OperationSnapshot arrange(Arrangement arrangement) {
        return planner.arranged(UUID.randomUUID(), arrangement, NOW).snapshot(NOW);
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.Statuses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An operation's finish, which the store's retention counts from, is known in advance: at it the
 * operation is terminal, dated at it, and 1 ms before it is not; an operation that would never
 * finish on its own says so. Checked against the state machine's own answers for every arranged
 * status, live operations, documents counted late, and cancels at every stage.
 */
class FinishesAtTest {

    private static final Instant T0 = Instant.parse("2026-03-26T00:00:00Z");
    private static final Duration PACE = Duration.ofSeconds(1);
    private static final Duration SETTLE = Duration.ofMillis(1_500);

    @Test
    void theFinishIsWhenTheStateMachineTurnsTerminalForEveryKindOfOperation() {
        List<String> checked = new ArrayList<>();
        for (RecordedBehaviour recorded : List.of(RecordedBehaviour.NONE, new RecordedBehaviour(false, Duration.ofSeconds(3)))) {
            OperationPlanner planner = new OperationPlanner(PACE, 2, SETTLE, recorded);
            List<Supplier<TranslationOperation>> kinds = new ArrayList<>();
            for (String status : List.of("NotStarted", "Running", "Succeeded", "Failed", "Cancelled", "Cancelling",
                    "ValidationFailed")) {
                kinds.add(() -> planner.arranged(UUID.randomUUID(), Arrangement.of(status), T0));
            }
            kinds.add(() -> planner.arranged(UUID.randomUUID(), Arrangement.of("ValidationFailed").withTotal(3), T0));
            for (int documents : List.of(1, 2, 7, 20)) {
                kinds.add(() -> planner.live(UUID.randomUUID(), documents, T0));
            }
            for (Supplier<TranslationOperation> kind : kinds) {
                checkFinish(kind, null, checked);
                for (long cancelAfterMs : List.of(0L, 500L, 1_000L, 1_700L, 2_500L, 4_000L, 12_000L)) {
                    checkFinish(kind, T0.plusMillis(cancelAfterMs), checked);
                }
            }
        }
        assertThat(checked).as("operations that did finish, checked").hasSizeGreaterThan(100);
    }

    /** Makes the operation twice (a snapshot moves its horizon), cancelled at {@code cancelAt} if given. */
    private static void checkFinish(Supplier<TranslationOperation> kind, Instant cancelAt, List<String> checked) {
        TranslationOperation before = kind.get();
        TranslationOperation at = kind.get();
        if (cancelAt != null) {
            before.cancel(cancelAt);
            at.cancel(cancelAt);
        }
        Instant finish = at.finishesAt();
        String what = at.snapshot(T0).status() + (cancelAt == null ? "" : ", cancelled at " + cancelAt);
        if (finish.equals(Document.NEVER)) {
            assertThat(Statuses.isTerminal(at.snapshot(T0.plus(Duration.ofDays(3_650))).status()))
                    .as("never finishes: %s", what).isFalse();
            return;
        }
        OperationSnapshot done = at.snapshot(finish);
        assertThat(Statuses.isTerminal(done.status())).as("terminal at its finish: %s", what).isTrue();
        assertThat(done.lastActionAt()).as("dated at its finish: %s", what).isEqualTo(finish);
        Instant justBefore = finish.minusMillis(1);
        // Answers never go back before a cancel (dated at it or 1 ms after the last change): only an
        // instant after the cancel can be read as it was.
        if (cancelAt == null ? !justBefore.isBefore(T0) : justBefore.isAfter(cancelAt)) {
            assertThat(Statuses.isTerminal(before.snapshot(justBefore).status()))
                    .as("not terminal 1 ms before its finish: %s", what).isFalse();
        }
        checked.add(what);
    }
}

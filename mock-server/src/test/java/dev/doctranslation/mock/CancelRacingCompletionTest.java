package dev.doctranslation.mock;

import dev.doctranslation.contract.Statuses;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cancel sent at the moment a live operation completes on its own, while another connection reads
 * the operation: whichever wins, the operation ends in exactly one terminal state that agrees with
 * the cancel's answer. An accepted cancel ends Cancelled (its documents, in flight, finish within
 * the settle delay and stay charged); a refused one (400 InvalidRequest) leaves it Succeeded. Every
 * read is checked against the earlier ones by the transition rules, so a terminal status that
 * changed would fail too.
 *
 * <p>The moment is aimed adaptively: after a won cancel the next one is sent a little later, after
 * a lost one a little earlier, so the cancels keep landing on the completion whatever the machine's
 * latency, and both sides of the race are run. {@code reliability.completion.races} races: 100 in
 * the normal build, more in the reliability-long profile.
 */
class CancelRacingCompletionTest {

    private static final int RACES = Integer.getInteger("reliability.completion.races", 100);
    private static final int LANES = 4;
    /** Each of the operation's two documents runs from one pace step to the next. */
    private static final Duration PACE = Duration.ofMillis(10);
    private static final Duration SETTLE = Duration.ofMillis(10);
    private static final long STEP_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    private static final Set<String> TERMINAL =
            Statuses.TERMINAL.stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());

    private record Outcome(int cancelWon, int completionWon) {}

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyRaceEndsInOneTerminalStateThatAgreesWithTheCancelsAnswer() throws Exception {
        try (MockServer mock = MockServer.builder().pace(PACE).parallelism(2).cancelSettleDelay(SETTLE).start()) {
            MockHttp http = new MockHttp(mock);
            ExecutorService lanes = Executors.newFixedThreadPool(LANES);
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (int lane = 0; lane < LANES; lane++) {
                    int races = RACES / LANES + (lane < RACES % LANES ? 1 : 0);
                    results.add(lanes.submit(() -> runLane(mock, http, races)));
                }
                int cancelWon = 0;
                int completionWon = 0;
                for (Future<Outcome> result : results) {
                    cancelWon += result.get().cancelWon();
                    completionWon += result.get().completionWon();
                }
                System.out.printf("CancelRacingCompletionTest: %d races, cancel won %d, completion won %d,"
                        + " %d observations checked by the transition rules%n",
                        RACES, cancelWon, completionWon, http.history().observations());
                assertThat(cancelWon + completionWon).isEqualTo(RACES);
                assertThat(cancelWon).as("races the cancel won").isPositive();
                assertThat(completionWon).as("races the completion won").isPositive();
            } finally {
                lanes.shutdownNow();
            }
        }
    }

    private static Outcome runLane(MockServer mock, MockHttp http, int races) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        int cancelWon = 0;
        int completionWon = 0;
        long aim = 0;
        try {
            for (int race = 0; race < races; race++) {
                long submittedAt = System.nanoTime();
                UUID id = mock.operations().submit(2);
                // Both documents start one pace step after submission and end one step later.
                long target = submittedAt + 2 * PACE.toNanos() + aim
                        + ThreadLocalRandom.current().nextLong(-STEP_NANOS, STEP_NANOS);
                Future<?> reads = reader.submit(() -> {
                    sleepUntil(target - STEP_NANOS);
                    http.get(id);
                    http.get(id);
                    return null;
                });
                sleepUntil(target);
                HttpResponse<String> cancel = http.cancel(id);
                reads.get(15, TimeUnit.SECONDS);
                LockSupport.parkNanos(SETTLE.plus(PACE).toNanos());
                String settled = Bodies.status(http.get(id));
                String again = Bodies.status(http.get(id));

                assertThat(settled).as("%s settled", id).isIn(TERMINAL).isEqualTo(again);
                if (cancel.statusCode() == 200) {
                    assertThat(Bodies.status(cancel)).isIn("Cancelling", "Cancelled");
                    assertThat(settled).as("%s after an accepted cancel", id).isEqualTo("Cancelled");
                    cancelWon++;
                    aim += STEP_NANOS;
                } else {
                    assertThat(cancel.statusCode()).as("cancel of %s", id).isEqualTo(400);
                    assertThat(Bodies.errorCode(cancel)).isEqualTo("InvalidRequest");
                    assertThat(settled).as("%s after a refused cancel", id).isIn("Succeeded", "Failed");
                    completionWon++;
                    aim -= STEP_NANOS;
                }
            }
        } finally {
            reader.shutdownNow();
        }
        return new Outcome(cancelWon, completionWon);
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}

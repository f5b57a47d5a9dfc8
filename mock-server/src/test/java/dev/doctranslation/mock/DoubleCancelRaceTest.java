package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two cancels of one fresh operation at the same moment: exactly one 200, the other the contract's
 * 400 for an operation already being cancelled, and a status read afterwards that agrees (checked
 * against both answers by the transition rules). 1,000 races in the normal build (system property
 * {@code reliability.races}), more in the reliability-long profile.
 */
class DoubleCancelRaceTest {

    private static final int RACES = Integer.getInteger("reliability.races", 1_000);
    /** Races run in lanes, each lane a pair of threads that meet at a barrier before each race. */
    private static final int LANES = 4;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyRaceHasExactlyOneWinner() throws Exception {
        try (MockServer mock = MockServer.start()) {
            MockHttp http = new MockHttp(mock);
            ExecutorService lanes = Executors.newFixedThreadPool(LANES);
            try {
                List<Future<int[]>> results = new ArrayList<>();
                for (int lane = 0; lane < LANES; lane++) {
                    int races = RACES / LANES + (lane < RACES % LANES ? 1 : 0);
                    results.add(lanes.submit(() -> runLane(mock, http, races)));
                }
                int winners = 0;
                int losers = 0;
                for (Future<int[]> result : results) {
                    winners += result.get()[0];
                    losers += result.get()[1];
                }
                System.out.printf("DoubleCancelRaceTest: %d races, %d winners, %d losers, %d observations checked"
                        + " by the transition rules%n", RACES, winners, losers, http.history().observations());
                assertThat(winners).isEqualTo(RACES);
                assertThat(losers).isEqualTo(RACES);
            } finally {
                lanes.shutdownNow();
            }
        }
    }

    /** Runs {@code races} races; answers {winners, losers}, failing on any race without one winner. */
    private static int[] runLane(MockServer mock, MockHttp http, int races) throws Exception {
        ExecutorService rival = Executors.newSingleThreadExecutor();
        int winners = 0;
        int losers = 0;
        try {
            for (int race = 0; race < races; race++) {
                UUID id = mock.operations().arrange("Running");
                HttpRequest cancel = http.api("/batches/" + id).DELETE().build();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> other = rival.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return http.send(cancel);
                });
                start.await(5, TimeUnit.SECONDS);
                HttpResponse<String> mine = http.send(cancel);
                HttpResponse<String> theirs = other.get(15, TimeUnit.SECONDS);
                List<Integer> statuses = List.of(mine.statusCode(), theirs.statusCode());
                assertThat(statuses).as("race for %s", id).containsExactlyInAnyOrder(200, 400);
                HttpResponse<String> loser = mine.statusCode() == 400 ? mine : theirs;
                assertThat(Bodies.errorCode(loser)).isEqualTo("InvalidRequest");
                assertThat(Bodies.read(loser).path("error").path("innerError").path("code").asText())
                        .isEqualTo("InvalidOperationState");
                // Arranged Running has documents in flight: Cancelling until the settle delay ends.
                assertThat(Bodies.status(http.get(id))).as("after the race for %s", id)
                        .isIn("Cancelling", "Cancelled");
                winners++;
                losers++;
            }
        } finally {
            rival.shutdownNow();
        }
        return new int[] {winners, losers};
    }
}

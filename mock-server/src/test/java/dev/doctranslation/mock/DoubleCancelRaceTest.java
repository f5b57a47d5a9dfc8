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

/** Two cancels of one operation at the same moment: exactly one 200, the other 400. */
class DoubleCancelRaceTest {

    private static final int RACES = 1_000;
    /** Races run in lanes, each lane a pair of threads that meet at a barrier before each race. */
    private static final int LANES = 4;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyRaceHasExactlyOneWinner() throws Exception {
        try (MockServer mock = MockServer.start()) {
            MockHttp http = new MockHttp(mock);
            ExecutorService threads = Executors.newFixedThreadPool(LANES * 2);
            try {
                List<Future<int[]>> lanes = new ArrayList<>();
                for (int lane = 0; lane < LANES; lane++) {
                    lanes.add(threads.submit(() -> runLane(mock, http, threads, RACES / LANES)));
                }
                int winners = 0;
                int losers = 0;
                for (Future<int[]> lane : lanes) {
                    int[] result = lane.get();
                    winners += result[0];
                    losers += result[1];
                }
                assertThat(winners).isEqualTo(RACES);
                assertThat(losers).isEqualTo(RACES);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** Runs {@code races} races; answers {winners, losers}, failing on any race without one winner. */
    private static int[] runLane(MockServer mock, MockHttp http, ExecutorService threads, int races)
            throws Exception {
        ExecutorService rival = Executors.newSingleThreadExecutor();
        int winners = 0;
        int losers = 0;
        try {
            for (int race = 0; race < races; race++) {
                UUID id = mock.operations().arrange("Running");
                HttpRequest cancel = http.api("/batches/" + id).DELETE().build();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> other =
                        rival.submit(
                                () -> {
                                    start.await(5, TimeUnit.SECONDS);
                                    return http.send(cancel);
                                });
                start.await(5, TimeUnit.SECONDS);
                HttpResponse<String> mine = http.send(cancel);
                List<Integer> statuses = List.of(mine.statusCode(), other.get().statusCode());
                assertThat(statuses).as("race for %s", id).containsExactlyInAnyOrder(200, 400);
                winners++;
                losers++;
            }
        } finally {
            rival.shutdownNow();
        }
        return new int[] {winners, losers};
    }
}

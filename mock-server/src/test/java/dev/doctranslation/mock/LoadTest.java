package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
  * A few thousand mixed requests from 16 threads over loopback, good and bad alike: not one 5xx,
  * and every answer the contract allows. Bounded in count and time; throughput is measured
  * elsewhere (the benchmarks module), not asserted here.
  */
class LoadTest {

    private static final int REQUESTS = 4_000;
    private static final int THREADS = 16;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void thousandsOfMixedRequestsGetNo5xx() throws Exception {
        try (MockServer mock = MockServer.start()) {
            MockHttp http = new MockHttp(mock);
            List<UUID> running = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                running.add(mock.operations().arrange("Running"));
            }
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(
                            threads.submit(
                                    () -> {
                                        for (int n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
                                            HttpResponse<String> response = http.send(request(mock, http, running, n));
                                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                                    .incrementAndGet();
                                        }
                                        return null;
                                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } finally {
                threads.shutdownNow();
            }
            Map<Integer, Integer> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.get()));
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
            assertThat(counts.keySet()).as("statuses seen: %s", counts).allMatch(status -> status < 500);
            assertThat(counts).containsKeys(200, 400, 401, 404, 405);
        }
    }

    /** Ten kinds of request in turn: reads, cancels, each kind of mistake, provider states. */
    private static HttpRequest request(MockServer mock, MockHttp http, List<UUID> running, int n) {
        UUID known = running.get(n % running.size());
        return switch (n % 10) {
            case 0, 1, 2 -> http.api("/batches/" + known).GET().build();
            case 3 -> http.api("/batches/" + mock.operations().arrange("Running")).DELETE().build();
            case 4 -> http.api("/batches/" + known).DELETE().build();
            case 5 -> http.api("/batches/" + UUID.randomUUID()).GET().build();
            case 6 -> http.api("/batches/not-a-uuid").DELETE().build();
            case 7 -> http.raw(MockServer.BASE_PATH + "/batches/" + known).GET().build();
            case 8 -> http.api("/batches/" + known).PUT(HttpRequest.BodyPublishers.noBody()).build();
            default ->
                    http.raw(MockServer.STATES_PATH)
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Succeeded\"}}"))
                            .build();
        };
    }
}

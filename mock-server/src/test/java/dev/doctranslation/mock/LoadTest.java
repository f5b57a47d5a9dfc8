package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many concurrent connections for a bounded time (system property {@code reliability.load.seconds}:
 * a few seconds in the normal build, 60 in the reliability-long profile), mixing status, cancel,
 * unknown ids and client mistakes on operations that move on their own: not one 5xx, no request
 * without an answer, every answer the one its request calls for, and every answer passing the
 * validator (raw, typed, and the transition rules across observations of one operation). Each
 * worker has its own HttpClient, so each holds its own connection. Throughput is measured in the
 * benchmarks module, not asserted here.
 */
class LoadTest {

    private static final int SECONDS = Integer.getInteger("reliability.load.seconds", 3);
    private static final int CONNECTIONS = Integer.getInteger("reliability.load.connections", 32);
    /** Live operations in play at once; a worker replaces one now and then with a new one. */
    private static final int POOL = 64;
    private static final int SHOWN = 10;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentConnectionsGetNo5xxAndOnlyAnswersTheContractAllows() throws Exception {
        // Live operations move within the run: documents take 50 ms, cancels settle in 100 ms.
        try (MockServer mock = MockServer.builder()
                .pace(Duration.ofMillis(50))
                .cancelSettleDelay(Duration.ofMillis(100))
                .start()) {
            AtomicReferenceArray<UUID> pool = new AtomicReferenceArray<>(POOL);
            for (int i = 0; i < POOL; i++) {
                pool.set(i, newOperation(mock, i));
            }
            Tally tally = new Tally();
            OperationHistory history = new OperationHistory();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CONNECTIONS; c++) {
                    MockHttp http = new MockHttp(mock, MockHttp.newClient(), history);
                    running.add(workers.submit(() -> work(mock, http, pool, tally, end)));
                }
                for (Future<?> worker : running) {
                    worker.get();
                }
            } finally {
                workers.shutdownNow();
            }
            String figures = tally.figures(history);
            System.out.printf("LoadTest: %d s, %d connections: %s%n", SECONDS, CONNECTIONS, figures);

            assertThat(tally.requests.get()).as(figures).isPositive();
            assertThat(tally.problems).as("problems, of %s", figures).isEmpty();
            assertThat(tally.count(s -> s >= 500)).as(figures).isZero();
            assertThat(tally.statuses).as(figures).containsKeys(200, 400, 401, 404, 405);
            assertThat(history.pairsChecked()).as("transition pairs checked, %s", figures).isPositive();
        }
    }

    private static void work(MockServer mock, MockHttp http, AtomicReferenceArray<UUID> pool, Tally tally, long end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            int slot = random.nextInt(POOL);
            UUID known = pool.get(slot);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            if (kind == Kind.NEW_OPERATION) {
                pool.set(slot, newOperation(mock, random.nextInt(1_000)));
                continue;
            }
            HttpRequest request = kind.request(http, known);
            MockHttp.Checked checked;
            try {
                checked = http.exchange(request);
            } catch (RuntimeException e) {
                tally.failed(kind, e);
                continue;
            }
            tally.answered(kind, known, checked);
        }
    }

    /** A live operation of 1 to 6 documents, or now and then one arranged by a provider state's rules. */
    private static UUID newOperation(MockServer mock, int seed) {
        return seed % 5 == 0 ? mock.operations().arrange("Running") : mock.operations().submit(1 + seed % 6);
    }

    /** What a worker sends, and what each must answer. */
    private enum Kind {
        STATUS(200),
        CANCEL(200, 400),
        STATUS_OF_UNKNOWN(404),
        CANCEL_OF_UNKNOWN(404),
        MALFORMED_ID(400),
        NO_KEY(401),
        WRONG_METHOD(405),
        NEW_OPERATION();

        private final int[] expected;

        Kind(int... expected) {
            this.expected = expected;
        }

        HttpRequest request(MockHttp http, UUID known) {
            return switch (this) {
                case STATUS -> http.api("/batches/" + known).GET().build();
                case CANCEL -> http.api("/batches/" + known).DELETE().build();
                case STATUS_OF_UNKNOWN -> http.api("/batches/" + UUID.randomUUID()).GET().build();
                case CANCEL_OF_UNKNOWN -> http.api("/batches/" + UUID.randomUUID()).DELETE().build();
                case MALFORMED_ID -> http.api("/batches/not-a-uuid-" + known.hashCode()).DELETE().build();
                case NO_KEY -> http.raw(MockServer.BASE_PATH + "/batches/" + known).GET().build();
                case WRONG_METHOD -> http.api("/batches/" + known).PUT(HttpRequest.BodyPublishers.noBody()).build();
                case NEW_OPERATION -> throw new IllegalStateException("not a request");
            };
        }

        boolean expects(int status) {
            for (int e : expected) {
                if (e == status) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The run's figures, and the first problems found (never the key: answers that carry it are only counted). */
    private static final class Tally {

        final AtomicLong requests = new AtomicLong();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger hangs = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger wrongValues = new AtomicInteger();
        final AtomicInteger violations = new AtomicInteger();
        final AtomicInteger leaks = new AtomicInteger();
        /** Accepted cancels per operation: a second one would be a wrong value. */
        final Map<UUID, AtomicInteger> acceptedCancels = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void answered(Kind kind, UUID known, MockHttp.Checked checked) {
            requests.incrementAndGet();
            HttpResponse<String> response = checked.response();
            int status = response.statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (!kind.expects(status)) {
                wrongValues.incrementAndGet();
                note(kind + " answered " + status + ": "
                        + (checked.leaksKey() ? "(body withheld: it carries the key)" : response.body()));
            }
            if (kind == Kind.CANCEL && status == 200
                    && acceptedCancels.computeIfAbsent(known, id -> new AtomicInteger()).incrementAndGet() > 1) {
                wrongValues.incrementAndGet();
                note("a second cancel of " + known + " was accepted");
            }
            if (!checked.violations().isEmpty()) {
                violations.addAndGet(checked.violations().size());
                checked.violations().forEach(this::note);
            }
            if (checked.leaksKey()) {
                leaks.incrementAndGet();
                note(kind + ": an answer carried the subscription key");
            }
        }

        void failed(Kind kind, RuntimeException e) {
            requests.incrementAndGet();
            if (e.getCause() instanceof HttpTimeoutException) {
                hangs.incrementAndGet();
            } else {
                errors.incrementAndGet();
            }
            note(kind + " got no answer: " + e);
        }

        private void note(String problem) {
            if (problems.size() < SHOWN) {
                problems.add(problem);
            }
        }

        int count(IntPredicate which) {
            return statuses.entrySet().stream().filter(e -> which.test(e.getKey()))
                    .mapToInt(e -> e.getValue().get()).sum();
        }

        String figures(OperationHistory history) {
            Map<Integer, Integer> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(status, count.get()));
            return requests.get() + " requests " + byStatus + "; " + hangs.get() + " hangs, " + errors.get()
                    + " connection errors, " + count(s -> s >= 500) + " 5xx, " + wrongValues.get() + " wrong values, "
                    + leaks.get() + " leaks, " + violations.get() + " violations; " + history.observations()
                    + " observations of " + history.operations() + " operations, " + history.pairsChecked()
                    + " ordered pairs checked by the transition rules";
        }
    }
}

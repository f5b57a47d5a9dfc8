package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow-loris style: {@code reliability.loris.connections} connections (1,000) each send the start
 * of a request line and never finish it, while other clients keep asking for an operation's
 * status, some on kept-alive connections, some on a new connection each. Every normal request
 * must be answered (200, valid), and every partial connection answered 408 with the error body or
 * closed within the header-read timeout plus slack, never before the timeout. The latencies with
 * and without the partial connections are measured and printed for docs/RELIABILITY.md, not
 * asserted: the machine's load decides them.
 *
 * <p>The timeout is {@code reliability.loris.timeout.ms}: 2 s in the normal build, so the test
 * stays short and the partial connections are held for most of that time while the others are
 * measured; the reliability-long profile uses the default, 10 s. Each partial connection costs two
 * file descriptors in this JVM (the test's and the mock's); on a machine whose limit is lower than
 * that needs, fewer are opened, and the test says so.
 */
class SlowLorisTest {

    private static final int CONNECTIONS = Integer.getInteger("reliability.loris.connections", 1_000);
    private static final long TIMEOUT_MILLIS = Long.getLong("reliability.loris.timeout.ms", 2_000);
    /** How late a partial connection may be let go: a loaded machine's timer and selector lag. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    private static final long CLOCK_SKEW_MILLIS = 20;
    /** Clients of each kind: kept-alive connections and a new connection per request. */
    private static final int CLIENTS_PER_KIND = 2;
    private static final byte[] PARTIAL_LINE =
            ("GET " + MockServer.BASE_PATH + "/batches/").getBytes(StandardCharsets.ISO_8859_1);
    /** File descriptors kept free for everything else the JVM and the mock hold. */
    private static final long FD_RESERVE = 500;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void otherClientsAreStillAnsweredAndEveryPartialConnectionIsLetGo() throws Exception {
        int connections = feasibleConnections(CONNECTIONS);
        try (MockServer mock = MockServer.builder()
                .headerReadTimeout(Duration.ofMillis(TIMEOUT_MILLIS))
                .requestLog(false)
                .start()) {
            UUID running = mock.operations().arrange("Running");
            // Warm-up: the validator's first use reads the spec; the JIT compiles both sides.
            measure(mock, running, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
            // Without partial connections: half before them, half after, so that the machine's drift
            // (the JIT, other builds) weighs on both sides alike.
            long half = TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS * 3 / 8);
            Latencies before = measure(mock, running, System.nanoTime() + half);

            Latencies with;
            int heldAtTheEnd;
            long windowMillis;
            List<Lorises.Loris> outcome;
            int stillOpen;
            try (Lorises lorises = Lorises.open(mock.port(), connections, PARTIAL_LINE)) {
                long openedAt = System.nanoTime();
                // The first partial connection cannot be let go before this: measure until shortly before.
                long windowEnd = lorises.firstConnectStartedAt()
                        + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS - Math.max(100, TIMEOUT_MILLIS / 20));
                windowMillis = (windowEnd - openedAt) / 1_000_000;
                assertThat(windowMillis)
                        .as("opening %d connections took longer than the timeout allows; raise reliability.loris.timeout.ms",
                                connections)
                        .isPositive();
                with = measure(mock, running, windowEnd);
                heldAtTheEnd = lorises.openAt(windowEnd);
                stillOpen = lorises.awaitClosed(Duration.ofMillis(TIMEOUT_MILLIS).plus(SLACK));
                outcome = List.copyOf(lorises.all());
            }
            Latencies without = before.and(measure(mock, running, System.nanoTime() + half));

            LorisOutcomes lorisOutcomes = LorisOutcomes.of(outcome);
            String figures = String.format(
                    "%d partial connections (%d still held when the measuring ended, after %d ms), header-read timeout"
                            + " %d ms; kept-alive clients: without %s, with %s; a new connection each: without %s,"
                            + " with %s; partial connections: %s",
                    connections, heldAtTheEnd, windowMillis, TIMEOUT_MILLIS, without.keptAlive(), with.keptAlive(),
                    without.newConnection(), with.newConnection(), lorisOutcomes);
            System.out.println("SlowLorisTest: " + figures);

            assertThat(without.answered()).as(figures).isPositive();
            assertThat(with.answered()).as("normal requests answered while the partial connections were held; " + figures)
                    .isPositive();
            assertThat(stillOpen).as("partial connections still open at the timeout plus slack; " + figures).isZero();
            assertThat(lorisOutcomes.problems).as(figures).isEmpty();
            assertThat(lorisOutcomes.answered408 + lorisOutcomes.closedSilently).isEqualTo(connections);
        }
    }

    /**
     * Normal requests from both kinds of client until {@code end}, each timed from send to the whole
     * answer; the answers are checked (status 200, the validator's rules) after the phase, so that
     * checking takes nothing from the phase. A failure fails the test.
     */
    private static Latencies measure(MockServer mock, UUID running, long end) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_KIND);
        try {
            List<Future<List<Long>>> keptAlive = new ArrayList<>();
            List<Future<List<Long>>> fresh = new ArrayList<>();
            for (int i = 0; i < CLIENTS_PER_KIND; i++) {
                keptAlive.add(clients.submit(() -> keptAliveClient(mock, running, end)));
                fresh.add(clients.submit(() -> newConnectionClient(mock, running, end)));
            }
            return new Latencies(collect(keptAlive), collect(fresh));
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<Long> keptAliveClient(MockServer mock, UUID running, long end) throws Exception {
        HttpClient client = MockHttp.newClient();
        URI uri = URI.create("http://127.0.0.1:" + mock.port() + MockServer.BASE_PATH + "/batches/" + running);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(MockHttp.TIMEOUT)
                .header(MockHttp.KEY_HEADER, mock.key()).GET().build();
        List<Long> micros = new ArrayList<>();
        List<HttpResponse<String>> answers = new ArrayList<>();
        while (System.nanoTime() < end) {
            long sentAt = System.nanoTime();
            answers.add(client.send(request, HttpResponse.BodyHandlers.ofString()));
            micros.add((System.nanoTime() - sentAt) / 1_000);
        }
        for (HttpResponse<String> response : answers) {
            assertThat(response.statusCode()).isEqualTo(200);
            ContractCheck.assertConforms("GET", uri, response);
        }
        return micros;
    }

    private static List<Long> newConnectionClient(MockServer mock, UUID running, long end) throws Exception {
        String path = MockServer.BASE_PATH + "/batches/" + running;
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + MockHttp.KEY_HEADER + ": " + mock.key()
                + "\r\nConnection: close\r\n\r\n";
        List<Long> micros = new ArrayList<>();
        List<RawHttp.Response> answers = new ArrayList<>();
        while (System.nanoTime() < end) {
            long sentAt = System.nanoTime();
            answers.add(RawHttp.exchange(mock.port(), request, MockHttp.TIMEOUT));
            micros.add((System.nanoTime() - sentAt) / 1_000);
        }
        for (RawHttp.Response response : answers) {
            assertThat(response.status()).isEqualTo(200);
            ContractCheck.assertConforms("GET", path, response.status(), response.headers(), response.body());
        }
        return micros;
    }

    private static List<Long> collect(List<Future<List<Long>>> clients) throws Exception {
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        return all;
    }

    /**
     * As many connections as asked, unless this JVM's file-descriptor limit cannot hold two per
     * connection besides a reserve: then as many as it can, said on the output.
     */
    private static int feasibleConnections(int asked) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof UnixOperatingSystemMXBean unix)) {
            return asked;
        }
        long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount() - FD_RESERVE;
        int feasible = (int) Math.min(asked, free / 2);
        if (feasible < asked) {
            System.out.printf("SlowLorisTest: the file-descriptor limit (%d) allows %d partial connections, not %d%n",
                    unix.getMaxFileDescriptorCount(), Math.max(0, feasible), asked);
        }
        Assumptions.assumeTrue(feasible >= 100, "too few file descriptors for a meaningful run");
        return feasible;
    }

    /** Latencies, in microseconds, of the two kinds of client over one phase. */
    private record Latencies(List<Long> keptAliveMicros, List<Long> newConnectionMicros) {

        Latencies and(Latencies more) {
            List<Long> keptAlive = new ArrayList<>(keptAliveMicros);
            keptAlive.addAll(more.keptAliveMicros);
            List<Long> newConnection = new ArrayList<>(newConnectionMicros);
            newConnection.addAll(more.newConnectionMicros);
            return new Latencies(keptAlive, newConnection);
        }

        Figures keptAlive() {
            return Figures.of(keptAliveMicros);
        }

        Figures newConnection() {
            return Figures.of(newConnectionMicros);
        }

        int answered() {
            return keptAliveMicros.size() + newConnectionMicros.size();
        }
    }

    /** Count, median and 99th percentile of latencies in microseconds, shown in milliseconds. */
    private record Figures(int count, long medianMicros, long p99Micros) {

        static Figures of(List<Long> micros) {
            if (micros.isEmpty()) {
                return new Figures(0, 0, 0);
            }
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return new Figures(sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
        }

        @Override
        public String toString() {
            return String.format("%d answers, median %.2f ms, p99 %.2f ms", count, medianMicros / 1000.0, p99Micros / 1000.0);
        }
    }

    /** What the partial connections got: 408 with the error body, or a close without a word. */
    private static final class LorisOutcomes {

        int answered408;
        int closedSilently;
        long maxHeldMillis;
        final List<Long> held = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        static LorisOutcomes of(List<Lorises.Loris> lorises) {
            LorisOutcomes outcomes = new LorisOutcomes();
            for (Lorises.Loris loris : lorises) {
                outcomes.add(loris);
            }
            return outcomes;
        }

        private void add(Lorises.Loris loris) {
            if (loris.open()) {
                problems.add("still open");
                return;
            }
            long heldMillis = loris.heldMillis();
            held.add(heldMillis);
            maxHeldMillis = Math.max(maxHeldMillis, heldMillis);
            if (heldMillis < TIMEOUT_MILLIS - CLOCK_SKEW_MILLIS) {
                problems.add("let go after " + heldMillis + " ms, before the timeout");
            }
            if (heldMillis > TIMEOUT_MILLIS + SLACK.toMillis()) {
                problems.add("held " + heldMillis + " ms, beyond the timeout and slack");
            }
            byte[] received = loris.received.toByteArray();
            if (received.length == 0) {
                closedSilently++;
                return;
            }
            try {
                RawHttp.Response answer = RawHttp.parse(received);
                HeaderReadTimeoutTest.assertTimedOut(answer);
                answered408++;
            } catch (Exception | AssertionError e) {
                problems.add("answered " + new String(received, StandardCharsets.ISO_8859_1) + ": " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(held);
            Collections.sort(sorted);
            long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            return String.format("%d answered 408, %d closed without an answer, held median %d ms, max %d ms, %d problems",
                    answered408, closedSilently, median, maxHeldMillis, problems.size());
        }
    }
}

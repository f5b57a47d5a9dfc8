package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BufferedRequestLogTest {

    private static final Duration NEVER = Duration.ofHours(1);

    private final CountingStream written = new CountingStream();
    private final PrintStream out = new PrintStream(written, false, StandardCharsets.UTF_8);

    @Test
    void aLineInSlf4jSimplesLayoutWithinTheFlushInterval() throws Exception {
        try (BufferedRequestLog log = new BufferedRequestLog(out, ZoneOffset.UTC, Duration.ofMillis(20))) {
            log.log("GET", "/translator/text/batch/v1.0-preview.1/batches/x", 200, 3);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (written.text().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(written.text())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO requests - "
                        + "GET /translator/text/batch/v1\\.0-preview\\.1/batches/x 200 3 ms\\R");
    }

    @Test
    void theDateCarriesTheZonesOffset() {
        try (BufferedRequestLog log = new BufferedRequestLog(out, ZoneId.of("+05:30"), NEVER)) {
            log.log("DELETE", "/x", 404, 0);
        }
        assertThat(written.text()).matches("\\S+\\.\\d{3}\\+05:30 INFO requests - DELETE /x 404 0 ms\\R");
    }

    @Test
    void linesWaitInMemoryAndCloseWritesEveryOneOfThemFromEveryThread() throws Exception {
        int threads = 8;
        int perThread = 2_000;
        BufferedRequestLog log = new BufferedRequestLog(out, ZoneOffset.UTC, NEVER);
        log.log("GET", "/first", 200, 0);
        assertThat(written.writes()).as("nothing written per line").isZero();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    log.log("GET", "/t" + thread + "/" + i, 200, i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        log.close();

        List<String> lines = written.text().lines().toList();
        assertThat(lines).hasSize(1 + threads * perThread);
        assertThat(lines).allMatch(line -> line.matches("\\S+Z INFO requests - GET /\\S+ 200 \\d+ ms"));
        assertThat(lines.get(0)).endsWith(" GET /first 200 0 ms");
        assertThat(lines).anyMatch(line -> line.endsWith(" GET /t7/1999 200 1999 ms"));
        // About 1.5 MB of lines: a handful of large writes, where slf4j-simple made one per line.
        assertThat(written.writes()).isLessThan(lines.size() / 20);
    }

    @Test
    void requestThreadsNeverWriteTheWriterThreadDoes() throws Exception {
        WriterThreads threads = new WriterThreads();
        PrintStream recording = new PrintStream(threads, false, StandardCharsets.UTF_8);
        BufferedRequestLog log = new BufferedRequestLog(recording, ZoneOffset.UTC, Duration.ofMillis(10));
        Thread request = new Thread(() -> {
            for (int i = 0; i < 3 * BufferedRequestLog.CAPACITY; i++) {
                log.log("GET", "/r/" + i, 200, 0);
            }
        }, "a-request-thread");
        request.start();
        request.join();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (threads.lines() < 3 * BufferedRequestLog.CAPACITY && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(threads.lines()).isEqualTo(3 * BufferedRequestLog.CAPACITY);
        assertThat(threads.names()).containsExactly("mock-request-log");
        log.close();
    }

    @Test
    void aFullRingMakesTheRequestThreadWaitAndLosesNoLine() throws Exception {
        BlockingStream blocked = new BlockingStream();
        PrintStream slow = new PrintStream(blocked, false, StandardCharsets.UTF_8);
        BufferedRequestLog log = new BufferedRequestLog(slow, ZoneOffset.UTC, Duration.ofMillis(1));
        int lines = 2 * BufferedRequestLog.CAPACITY + 100;
        Thread request = new Thread(() -> {
            for (int i = 0; i < lines; i++) {
                log.log("DELETE", "/d/" + i, 404, 0);
            }
        });
        request.start();
        // The writer is stuck in its first write; the ring fills, and the request thread waits.
        request.join(Duration.ofMillis(500).toMillis());
        assertThat(request.isAlive()).as("the request thread waits for room").isTrue();

        blocked.release();
        request.join(Duration.ofSeconds(10).toMillis());
        assertThat(request.isAlive()).isFalse();
        log.close();

        List<String> written = blocked.text().lines().toList();
        assertThat(written).hasSize(lines);
        assertThat(written.get(0)).endsWith(" DELETE /d/0 404 0 ms");
        assertThat(written.get(lines - 1)).endsWith(" DELETE /d/" + (lines - 1) + " 404 0 ms");
    }

    @Test
    void afterCloseALineIsWrittenAtOnce() {
        BufferedRequestLog log = new BufferedRequestLog(out, ZoneOffset.UTC, NEVER);
        log.close();

        log.log("GET", "/late", 200, 0);

        assertThat(written.text()).contains("GET /late 200 0 ms");
    }

    @Test
    void closeWhileRequestThreadsLogLosesNoLine() throws Exception {
        java.util.concurrent.atomic.AtomicLong handed = new java.util.concurrent.atomic.AtomicLong();
        BufferedRequestLog log = new BufferedRequestLog(
                (epochMillis, method, path, status, millis) -> handed.incrementAndGet(), Duration.ofMillis(1));
        int threads = 4;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                started.countDown();
                for (int i = 0; i < perThread; i++) {
                    log.log("GET", "/x", 200, 0);
                }
            }));
        }
        started.await();
        log.close(); // in the middle of the stream: later lines are handed over by their own threads
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(handed.get()).isEqualTo((long) threads * perThread);
        assertThat(log.writing()).isFalse();
    }

    @Test
    void anOutputThatThrowsLosesItsLineButTheRingGoesOn() throws Exception {
        List<String> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
        BufferedRequestLog log = new BufferedRequestLog((epochMillis, method, path, status, millis) -> {
            if (path.equals("/refused")) {
                throw new IllegalStateException("a backend that fails");
            }
            taken.add(path);
        }, Duration.ofMillis(1));
        log.log("GET", "/before", 200, 0);
        log.log("GET", "/refused", 200, 0);
        for (int i = 0; i < 2 * BufferedRequestLog.CAPACITY; i++) {
            log.log("GET", "/after", 200, 0);
        }
        log.close();

        assertThat(taken).hasSize(1 + 2 * BufferedRequestLog.CAPACITY);
        assertThat(taken.get(0)).isEqualTo("/before");
    }

    /** Which threads wrote, and how many lines. */
    private static final class WriterThreads extends OutputStream {

        private final java.util.Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final AtomicInteger newLines = new AtomicInteger();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            names.add(Thread.currentThread().getName());
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    newLines.incrementAndGet();
                }
            }
        }

        int lines() {
            return newLines.get();
        }

        java.util.Set<String> names() {
            return names;
        }
    }

    /** Holds every write until released: an output slower than the requests. */
    private static final class BlockingStream extends OutputStream {

        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void release() {
            released.countDown();
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (bytes) {
                bytes.write(b, off, len);
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Counts the write calls that reach the stream under the PrintStream. */
    private static final class CountingStream extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicInteger writes = new AtomicInteger();

        @Override
        public synchronized void write(int b) {
            writes.incrementAndGet();
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes.incrementAndGet();
            bytes.write(b, off, len);
        }

        int writes() {
            return writes.get();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

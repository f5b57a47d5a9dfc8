package dev.doctranslation.mock;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The standalone jar's request log, in slf4j-simple's layout, at next to no cost on the request
 * path. A request thread only claims a slot of a fixed ring (one compare-and-set), stores the
 * line's five values there and goes on: no lock, no formatting, no write. One writer thread,
 * {@code mock-request-log}, wakes every {@link #FLUSH_INTERVAL} (or as soon as the ring is half
 * full), formats what waits, the date at most once per millisecond, and writes it in one call.
 *
 * <p>Why not the lock-and-buffer log it replaces: under load the request threads queued on its
 * lock and formatted every line themselves, and at one connection every request paid for that on
 * its own latency. Why not slf4j-simple: a {@code SimpleDateFormat} per line under a lock and a
 * flush per line, both fixed in its code.
 *
 * <p>No line is lost: when the ring is full (the output is slower than the requests), a request
 * thread waits for the writer rather than dropping its line, which is what a synchronous log
 * would do at every request. {@link #close()}, which the standalone calls after the server
 * stopped, writes the rest before it returns; lines logged after it are written at once.
 */
final class BufferedRequestLog implements RequestLog, AutoCloseable {

    /** Short enough that someone watching the console sees a request at once. */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);
    /**
     * Lines the ring holds (a power of two): at the mock's few tens of thousands of requests a
     * second, several times what arrives in one {@link #FLUSH_INTERVAL}, so request threads never
     * wait for a healthy output. About 16 K references, 64 KiB, plus the lines in it.
     */
    static final int CAPACITY = 1 << 14;

    /** slf4j-simple's layout as the standalone configured it, so the lines look as they did. */
    private static final String LEVEL_AND_NAME = " INFO requests - ";
    private static final String NEW_LINE = System.lineSeparator();
    private static final int MASK = CAPACITY - 1;

    /** One request's values, formatted later by the writer thread. */
    private record Line(long epochMillis, String method, String path, int status, long millis) {}

    private final PrintStream out;
    private final DateTimeFormatter dates;
    private final long intervalNanos;
    private final AtomicReferenceArray<Line> ring = new AtomicReferenceArray<>(CAPACITY);
    /** The next sequence number a request thread claims. */
    private final AtomicLong tail = new AtomicLong();
    /** The next sequence number the writer reads; written by the drain only (under writeLock). */
    private volatile long head;
    private volatile boolean closed;
    private final Thread writer;

    /** Held while draining: one drain at a time keeps the lines in order. */
    private final Object writeLock = new Object();
    // Used under writeLock only.
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private long stampMillis = Long.MIN_VALUE;
    private String stamp = "";

    BufferedRequestLog(PrintStream out, ZoneId zone, Duration flushInterval) {
        this.out = out;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
        this.intervalNanos = flushInterval.toNanos();
        this.writer = new Thread(this::writeUntilClosed, "mock-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void log(String method, String path, int status, long millis) {
        Line line = new Line(System.currentTimeMillis(), method, path, status, millis);
        long sequence;
        while (true) {
            sequence = tail.get();
            long waiting = sequence - head;
            if (waiting >= CAPACITY) {
                // Full: the output is behind. Wake the writer and wait for room (never drop).
                LockSupport.unpark(writer);
                if (closed) {
                    drain();
                } else {
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
                }
                continue;
            }
            if (tail.compareAndSet(sequence, sequence + 1)) {
                break;
            }
        }
        ring.setRelease((int) sequence & MASK, line);
        if (sequence - head == CAPACITY / 2) {
            LockSupport.unpark(writer);
        }
        if (closed) {
            drain();
        }
    }

    private void writeUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, intervalNanos);
            drain();
        }
    }

    /** Formats and writes every line published so far, in order, in one write. */
    void drain() {
        synchronized (writeLock) {
            long next = head;
            Line line;
            while ((line = ring.getAcquire((int) next & MASK)) != null) {
                // Emptied before head moves past it, so a request thread never overwrites a line unread.
                ring.setRelease((int) next & MASK, null);
                append(line);
                next++;
                if (text.length() >= 60 * 1024) {
                    head = next;
                    write();
                }
            }
            head = next;
            write();
        }
    }

    private void append(Line line) {
        if (line.epochMillis() != stampMillis) {
            stamp = dates.format(Instant.ofEpochMilli(line.epochMillis()));
            stampMillis = line.epochMillis();
        }
        text.append(stamp).append(LEVEL_AND_NAME)
                .append(line.method()).append(' ').append(line.path()).append(' ')
                .append(line.status()).append(' ').append(line.millis()).append(" ms").append(NEW_LINE);
    }

    private void write() {
        if (text.isEmpty()) {
            return;
        }
        out.append(text);
        out.flush();
        text.setLength(0);
    }

    /** Stops the writer thread and writes the rest; lines logged after this are written at once. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}

package dev.doctranslation.mock;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The request log at next to no cost on the request path. A request thread only claims a slot of a
 * fixed ring (one compare-and-set), stores the line's five values there and goes on: no lock, no
 * formatting, no write. One writer thread, {@code mock-request-log}, wakes every {@link
 * #FLUSH_INTERVAL} (or as soon as the ring is half full) and hands what waits, in order, to an
 * {@link Output}: the standalone jar's {@link TextLines} (slf4j-simple's layout, one write per
 * batch) or, in process, the user's SLF4J backend ({@link Slf4jRequestLog}).
 *
 * <p>Why not the lock-and-buffer log it replaces: under load the request threads queued on its
 * lock and formatted every line themselves, and at one connection every request paid for that on
 * its own latency. Why not slf4j-simple: a {@code SimpleDateFormat} per line under a lock and a
 * flush per line, both fixed in its code.
 *
 * <p>No line is lost: when the ring is full (the output is slower than the requests), a request
 * thread waits for the writer rather than dropping its line, which is what a synchronous log
 * would do at every request. {@link #close()}, called after the server stopped, hands over the
 * rest before it returns; lines logged after it are handed over at once, on the caller's thread.
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

    private static final int MASK = CAPACITY - 1;
    /**
     * A drain gives slots back to the request threads every so many lines, so that a slow output
     * (a console, a backend that flushes per line) does not keep a full ring full until it is done.
     */
    private static final int RELEASE_EVERY = 256;

    /**
     * Where the writer thread hands the lines, in the order they were logged. Called by one thread
     * at a time (the writer, or after {@link #close()} a request thread), never concurrently.
     */
    @FunctionalInterface
    interface Output {
        void line(long epochMillis, String method, String path, int status, long millis);

        /** Every line handed over so far must be out now: the end of a drain. */
        default void flush() {}
    }

    /** One request's values, handed to the output later by the writer thread. */
    private record Line(long epochMillis, String method, String path, int status, long millis) {}

    private final Output output;
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

    /** The standalone's log: slf4j-simple's layout, dated in {@code zone}, written to {@code out}. */
    BufferedRequestLog(PrintStream out, ZoneId zone, Duration flushInterval) {
        this(new TextLines(out, zone), flushInterval);
    }

    /** Starts the writer thread, which hands the lines to {@code output}. */
    BufferedRequestLog(Output output, Duration flushInterval) {
        this.output = output;
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

    /** Hands every line published so far to the output, in order, then flushes it. */
    void drain() {
        synchronized (writeLock) {
            long next = head;
            Line line;
            while ((line = ring.getAcquire((int) next & MASK)) != null) {
                // Emptied before head moves past it, so a request thread never overwrites a line unread.
                ring.setRelease((int) next & MASK, null);
                try {
                    output.line(line.epochMillis(), line.method(), line.path(), line.status(), line.millis());
                } catch (RuntimeException refused) {
                    // A backend that throws cannot take this line; the ring must go on, or the
                    // writer would stop and a full ring would hold every request thread.
                }
                next++;
                if ((next & (RELEASE_EVERY - 1)) == 0) {
                    head = next;
                }
            }
            head = next;
            output.flush();
        }
    }

    /**
     * Stops the writer thread and hands over the rest, every line whose slot was claimed before
     * this call included; lines logged after this are handed over at once, on the caller's thread.
     */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A request thread that claimed its slot before closed was set may not have stored its line
        // yet, and may have read closed as false: wait for the line rather than leave it in the ring.
        // One that claims later sees closed (both are volatile) and hands its line over itself.
        long claimed = tail.get();
        drain();
        while (head < claimed) {
            Thread.onSpinWait();
            drain();
        }
    }

    /** Whether the writer thread still runs: false once {@link #close()} returned. */
    boolean writing() {
        return writer.isAlive();
    }
}

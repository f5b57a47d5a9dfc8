package dev.doctranslation.mock;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar's request log: the lines slf4j-simple printed, without its two costs under
 * load. slf4j-simple formats every date with one {@code SimpleDateFormat} under a lock and flushes
 * the stream after every line (a write call per request); both are fixed in its code, not
 * configurable. Here lines collect in memory and are written every {@link #FLUSH_INTERVAL},
 * when {@link #MAX_PENDING_CHARS} are waiting, and at {@link #close()}, which the standalone calls
 * after the server stopped, so a clean stop loses nothing. The date is formatted at most once per
 * millisecond, whatever the request rate.
 */
final class BufferedRequestLog implements RequestLog, AutoCloseable {

    /** Short enough that someone watching the console sees a request at once. */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);
    /** About 300 lines: bounds the memory when the output is slower than the requests. */
    static final int MAX_PENDING_CHARS = 32 * 1024;

    /** slf4j-simple's layout as the standalone configured it, so the lines look as they did. */
    private static final String LEVEL_AND_NAME = " INFO requests - ";

    private final PrintStream out;
    private final DateTimeFormatter dates;
    private final ScheduledExecutorService flusher;
    /** Held while writing, so two drains cannot swap the order of their chunks. */
    private final Object writeLock = new Object();

    // Guarded by this.
    private final StringBuilder pending = new StringBuilder(MAX_PENDING_CHARS + 512);
    private long stampMillis = Long.MIN_VALUE;
    private String stamp = "";
    private boolean closed;

    BufferedRequestLog(PrintStream out, ZoneId zone, Duration flushInterval) {
        this.out = out;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
        this.flusher =
                Executors.newSingleThreadScheduledExecutor(
                        task -> {
                            Thread thread = new Thread(task, "mock-request-log");
                            thread.setDaemon(true);
                            return thread;
                        });
        long millis = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void log(String method, String path, int status, long millis) {
        boolean full;
        synchronized (this) {
            long now = System.currentTimeMillis();
            if (now != stampMillis) {
                stamp = dates.format(Instant.ofEpochMilli(now));
                stampMillis = now;
            }
            pending.append(stamp).append(LEVEL_AND_NAME)
                    .append(method).append(' ').append(path).append(' ')
                    .append(status).append(' ').append(millis).append(" ms").append(System.lineSeparator());
            full = closed || pending.length() >= MAX_PENDING_CHARS;
        }
        if (full) {
            flush();
        }
    }

    /** Writes what is waiting. The request threads wait only for the copy, not for the write. */
    void flush() {
        synchronized (writeLock) {
            String text;
            synchronized (this) {
                if (pending.isEmpty()) {
                    return;
                }
                text = pending.toString();
                pending.setLength(0);
            }
            out.print(text);
            out.flush();
        }
    }

    /** Stops the timer and writes the rest; lines logged after this are written at once. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        flusher.shutdownNow();
        flush();
    }
}

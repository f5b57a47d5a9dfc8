package dev.doctranslation.mock;

import dev.doctranslation.contract.models.TranslationErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.http.util.FastHttpDateFormat;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.utils.DelayedExecutor;

/**
 * Bounds the time a client may take to send a request's head (request line and header fields).
 * A head still incomplete when its time is up is answered {@code 408} with the contract's error
 * body ({@code InvalidRequest}: the contract has no code of its own for a timeout, and an
 * unfinished request is the client's mistake, as every other request the codec cannot read) and
 * its connection is closed; a new connection that has sent nothing at all is closed without an
 * answer, as there is no request to answer. The clock starts when a connection is accepted, and on
 * a kept-alive connection when the first bytes of its next request arrive (the wait before them is
 * Grizzly's keep-alive idle timeout, as before).
 *
 * <p>The codec ({@link ContractErrorsAddOn}'s subclass, the only place that sees where a head
 * starts and ends) reports to this; the timer is Grizzly's {@link DelayedExecutor}, the one its own
 * idle and keep-alive timeouts run on. None of Grizzly's own timeouts fits: its {@code
 * IdleTimeoutFilter} (the 30 s idle timeout) sits behind the codec, so the bytes of an unfinished
 * head never reach it: it counts from the accept or the last exchange and closes without a word;
 * placed in front of the codec it would restart at every byte, so a client trickling a byte a
 * second would never be cut off. {@code KeepAlive}'s timeout covers only the wait between
 * requests, {@code TCPNIOTransport}'s read timeout only blocking reads, and the listener's
 * transaction timeout a worker thread's time. The server's own {@code DelayedExecutor} is not
 * reachable from outside Grizzly, so this runs one of its own, on one daemon thread, and is closed
 * with the server.
 */
final class HeaderReadTimeout implements AutoCloseable {

    /** The state of a connection whose deadline has passed: answered, closing, deaf to more input. */
    private static final Object EXPIRED = new Object();

    private static final Attribute<HeadClock> CLOCK =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(HeaderReadTimeout.class.getName());

    private final Duration timeout;
    private final byte[] body;
    private final ExecutorService thread;
    private final DelayedExecutor timer;
    private final DelayedExecutor.DelayQueue<Deadline> deadlines;

    private HeaderReadTimeout(Duration timeout) {
        this.timeout = timeout;
        this.body = new ContractError(
                        408,
                        TranslationErrorCode.INVALID_REQUEST,
                        "The request line and header fields did not arrive within " + timeout.toMillis() + " ms.")
                .withTarget("request")
                .body();
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread daemon = new Thread(runnable, "mock-header-read-timeout");
            daemon.setDaemon(true);
            return daemon;
        });
        // The timer looks at its deadlines every tick: a tenth of the timeout (10 ms to 1 s), so a
        // head is cut off between the timeout and the timeout plus a tenth.
        long tick = Math.max(10, Math.min(1_000, timeout.toMillis() / 10));
        this.timer = new DelayedExecutor(thread, tick, TimeUnit.MILLISECONDS);
        this.deadlines = timer.createDelayQueue(this::expire, new DeadlineResolver());
    }

    /** Starts the timer; {@link #close()} stops it. */
    static HeaderReadTimeout start(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("headerReadTimeout must be > 0");
        }
        HeaderReadTimeout headerReadTimeout = new HeaderReadTimeout(timeout);
        headerReadTimeout.timer.start();
        return headerReadTimeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** A new connection: its first head must be complete within the timeout. */
    void accepted(Connection<?> connection) {
        HeadClock clock = new HeadClock(connection);
        CLOCK.set(connection, clock);
        arm(clock);
    }

    /** Part of a head has arrived, and the rest is awaited: starts the clock unless it runs. */
    void headIncomplete(Connection<?> connection) {
        HeadClock clock = clockOf(connection);
        clock.headStarted = true;
        arm(clock);
    }

    /**
     * A head is complete, or refused as malformed: stops its clock. False when its time ran out
     * first: it was answered 408 and the connection is closing, so the request must not be handed on.
     */
    boolean headEnded(Connection<?> connection) {
        HeadClock clock = CLOCK.get(connection);
        return clock == null || clock.stop(deadlines);
    }

    /** True once the connection's head was answered 408: whatever arrives after is ignored. */
    boolean expired(Connection<?> connection) {
        HeadClock clock = CLOCK.get(connection);
        return clock != null && clock.running.get() == EXPIRED;
    }

    void closed(Connection<?> connection) {
        HeadClock clock = CLOCK.get(connection);
        if (clock != null) {
            clock.stop(deadlines);
        }
    }

    @Override
    public void close() {
        timer.destroy();
        thread.shutdownNow();
    }

    private HeadClock clockOf(Connection<?> connection) {
        HeadClock clock = CLOCK.get(connection);
        if (clock == null) { // not seen accepted (a listener set up by hand): starts now
            clock = new HeadClock(connection);
            CLOCK.set(connection, clock);
        }
        return clock;
    }

    private void arm(HeadClock clock) {
        if (clock.running.get() != null) {
            return; // running already (or expired): a head's clock starts once, at its first byte
        }
        Deadline deadline = new Deadline(clock);
        if (clock.running.compareAndSet(null, deadline)) {
            deadlines.add(deadline, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * On the timer's thread, when a deadline has passed. Each arming is its own {@link Deadline},
     * so a deadline that was stopped (and perhaps replaced by the next head's) never fires: only the
     * one still running can be swapped for {@link #EXPIRED}.
     */
    private boolean expire(Deadline deadline) {
        HeadClock clock = deadline.clock;
        if (!clock.running.compareAndSet(deadline, EXPIRED)) {
            return true;
        }
        Connection<?> connection = clock.connection;
        if (!clock.headStarted) {
            connection.closeSilently();
        } else {
            write(connection, Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, answer()));
        }
        return true;
    }

    /** Raw types: Grizzly's write is generic in the message and the address, neither of which matters here. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void write(Connection<?> connection, Buffer answer) {
        ((Connection) connection).write(answer, new CloseWhenWritten(connection));
    }

    /**
     * The whole answer, written on the connection as bytes: the codec has no request it could frame
     * an answer for (its head is unread), and the connection closes after it, as RFC 9110 §15.5.9
     * asks. Grizzly's codec lets bytes pass on the way out.
     */
    private byte[] answer() {
        String head = "HTTP/1.1 408 Request Timeout\r\n"
                + "Date: " + FastHttpDateFormat.getCurrentDate() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        ByteArrayOutputStream answer = new ByteArrayOutputStream(head.length() + body.length);
        answer.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        answer.writeBytes(body);
        return answer.toByteArray();
    }

    /** One connection's clock: the deadline running (if any) and whether a head has begun. */
    private static final class HeadClock {

        final Connection<?> connection;
        /** Null (no head awaited), the running {@link Deadline}, or {@link #EXPIRED}. */
        final AtomicReference<Object> running = new AtomicReference<>();
        volatile boolean headStarted;

        HeadClock(Connection<?> connection) {
            this.connection = connection;
        }

        /** Stops the running deadline; false if it had already expired. */
        boolean stop(DelayedExecutor.DelayQueue<Deadline> deadlines) {
            while (true) {
                Object current = running.get();
                if (current == EXPIRED) {
                    return false;
                }
                if (current == null) {
                    headStarted = false;
                    return true;
                }
                if (running.compareAndSet(current, null)) {
                    headStarted = false;
                    deadlines.remove((Deadline) current);
                    return true;
                }
            }
        }
    }

    /** One arming of a clock, as the timer's queue holds it. */
    private static final class Deadline {

        final HeadClock clock;
        volatile long atMillis = DelayedExecutor.UNSET_TIMEOUT;

        Deadline(HeadClock clock) {
            this.clock = clock;
        }
    }

    private static final class DeadlineResolver implements DelayedExecutor.Resolver<Deadline> {

        @Override
        public boolean removeTimeout(Deadline deadline) {
            deadline.atMillis = DelayedExecutor.UNSET_TIMEOUT;
            return true;
        }

        @Override
        public long getTimeoutMillis(Deadline deadline) {
            return deadline.atMillis;
        }

        @Override
        public void setTimeoutMillis(Deadline deadline, long atMillis) {
            deadline.atMillis = atMillis;
        }
    }

    /** Closes the connection once the 408 is written, or could not be. */
    private static final class CloseWhenWritten extends EmptyCompletionHandler<Object> {

        private final Connection<?> connection;

        CloseWhenWritten(Connection<?> connection) {
            this.connection = connection;
        }

        @Override
        public void completed(Object result) {
            connection.closeSilently();
        }

        @Override
        public void failed(Throwable throwable) {
            connection.closeSilently();
        }

        @Override
        public void cancelled() {
            connection.closeSilently();
        }
    }
}

package dev.doctranslation.client;

import java.net.SocketTimeoutException;

/**
 * The read timeout as a deadline for the whole answer: from the moment the request is about to be
 * written on a ready connection ({@link QuietConnection}) to the last byte of the body. A socket's
 * own read timeout only bounds each wait for the next byte, so a peer that drips its headers or
 * its body a byte at a time would hold the caller for as long as it liked.
 *
 * <p>No thread keeps this clock: before each read of the answer, the socket's read timeout is set
 * to the time left ({@link DeadlineSocketHolder}), so the read that would outlast the deadline ends
 * with a {@link SocketTimeoutException} naming it, and the SDK reports a timeout. The deadline
 * belongs to the calling thread for the length of one exchange: HttpClient classic reads the answer
 * on the thread that sent the request.
 */
final class AnswerDeadline implements AutoCloseable {
    private static final ThreadLocal<AnswerDeadline> CURRENT = new ThreadLocal<>();

    private final int readTimeoutMillis;
    private long endsAtNanos;
    private boolean running;

    private AnswerDeadline(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** A deadline for the exchange this thread is about to make; its clock starts with the request. */
    static AnswerDeadline open(int readTimeoutMillis) {
        AnswerDeadline deadline = new AnswerDeadline(readTimeoutMillis);
        CURRENT.set(deadline);
        return deadline;
    }

    /** Starts this thread's clock, once: the request is about to be written. */
    static void startOnThisThread() {
        AnswerDeadline deadline = CURRENT.get();
        if (deadline != null && !deadline.running) {
            deadline.running = true;
            deadline.endsAtNanos = System.nanoTime() + deadline.readTimeoutMillis * 1_000_000L;
        }
    }

    /**
     * The read timeout for this thread's next read of an answer: the time left, rounded up to a
     * millisecond; {@code fallback} when no exchange's clock is running.
     *
     * @throws SocketTimeoutException when the time is up
     */
    static int readTimeoutNow(int fallback) throws SocketTimeoutException {
        AnswerDeadline deadline = CURRENT.get();
        if (deadline == null || !deadline.running) {
            return fallback;
        }
        long left = deadline.endsAtNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the answer did not arrive whole within the read timeout of "
                    + deadline.readTimeoutMillis + " ms");
        }
        return (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
    }

    /** Ends the time at once: the next read fails, so the connection is given up rather than drained. */
    void expire() {
        running = true;
        endsAtNanos = System.nanoTime();
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}

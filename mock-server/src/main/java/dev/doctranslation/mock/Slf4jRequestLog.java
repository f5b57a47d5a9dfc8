package dev.doctranslation.mock;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process request log ({@code MockServer.builder()}, the JUnit extension): each line goes to
 * the user's SLF4J backend, at INFO on {@link RequestLog#LOGGER_NAME}, so the backend decides where
 * it goes and in what layout. A request thread only checks the level (backends may change it while
 * the mock runs) and puts the line's values in a {@link BufferedRequestLog} ring; the ring's writer
 * thread, {@code mock-request-log}, calls SLF4J. So a backend that formats, locks or flushes per line
 * (slf4j-simple, a console appender) does it off the request's thread.
 *
 * <p>What that changes for a reader of the log: a line reaches the backend up to one {@link
 * BufferedRequestLog#FLUSH_INTERVAL} after its request, so the backend dates it then and names the
 * writer thread, not the request's; the lines keep their order. {@link #close()}, which {@link
 * MockServer} calls when it stops, hands over every line before it returns and ends the thread.
 */
final class Slf4jRequestLog implements RequestLog, AutoCloseable {

    private final Logger logger;
    private final BufferedRequestLog ring;

    Slf4jRequestLog(Logger logger, Duration flushInterval) {
        this.logger = logger;
        this.ring = new BufferedRequestLog(
                (epochMillis, method, path, status, millis) ->
                        logger.info("{} {} {} {} ms", method, path, status, millis),
                flushInterval);
    }

    /** The in-process default: the logger {@link RequestLog#LOGGER_NAME}, drained every {@link BufferedRequestLog#FLUSH_INTERVAL}. */
    static Slf4jRequestLog start() {
        return start(LoggerFactory.getLogger(LOGGER_NAME));
    }

    static Slf4jRequestLog start(Logger logger) {
        return new Slf4jRequestLog(logger, BufferedRequestLog.FLUSH_INTERVAL);
    }

    @Override
    public void log(String method, String path, int status, long millis) {
        if (logger.isInfoEnabled()) {
            ring.log(method, path, status, millis);
        }
    }

    /** Hands every line logged so far to SLF4J and ends the writer thread. */
    @Override
    public void close() {
        ring.close();
    }

    /** Whether the writer thread still runs: false once {@link #close()} returned. */
    boolean writing() {
        return ring.writing();
    }
}

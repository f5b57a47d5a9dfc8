package dev.doctranslation.client.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line written while open, from any logger, at DEBUG and above. The client's
 * own lines are kept off the console (a BODY-level run writes many), but still captured.
 */
final class LogCapture implements AutoCloseable {
    /** The client's loggers: {@code dev.doctranslation.client.http} and anything else it may add. */
    private static final String CLIENT = "dev.doctranslation.client";
    /** The fault server is the other party: it is meant to see the key, so its lines are not the client's leak. */
    private static final List<String> SERVER_SIDE = List.of("org.eclipse.jetty", "wiremock", "com.github.tomakehurst");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger client = (Logger) LoggerFactory.getLogger(CLIENT);
    private final Level rootLevel = root.getLevel();
    private final Level clientLevel = client.getLevel();
    private final boolean clientAdditive = client.isAdditive();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
        client.addAppender(appender);
        client.setAdditive(false);
        client.setLevel(Level.DEBUG);
        root.setLevel(Level.DEBUG);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** The client-side lines: message, and the class and message of any exception logged with it. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            if (SERVER_SIDE.stream().noneMatch(event.getLoggerName()::startsWith)) {
                StringBuilder line = new StringBuilder(event.getFormattedMessage());
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** Forgets what was captured so far. */
    synchronized void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        client.detachAppender(appender);
        client.setAdditive(clientAdditive);
        client.setLevel(clientLevel);
        root.setLevel(rootLevel);
        appender.stop();
    }
}

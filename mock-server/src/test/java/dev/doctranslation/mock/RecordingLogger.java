package dev.doctranslation.mock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger that keeps what it is given, as a user's backend would receive it: each line's
 * text, level and the thread that logged it. INFO can be turned off and on while it is used.
 */
final class RecordingLogger extends LegacyAbstractLogger {

    /** One call that reached the backend. */
    record Entry(Level level, String text, Thread thread) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile boolean infoEnabled = true;

    RecordingLogger() {
        this.name = RequestLog.LOGGER_NAME;
    }

    List<Entry> entries() {
        return entries;
    }

    List<String> lines() {
        return entries.stream().map(Entry::text).toList();
    }

    void infoEnabled(boolean on) {
        infoEnabled = on;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return infoEnabled;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        if (level == Level.INFO && !infoEnabled) {
            return; // as a backend does when its level is above INFO
        }
        entries.add(new Entry(level, MessageFormatter.basicArrayFormat(pattern, arguments), Thread.currentThread()));
    }
}

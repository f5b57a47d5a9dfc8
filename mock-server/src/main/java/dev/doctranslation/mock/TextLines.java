package dev.doctranslation.mock;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The standalone jar's request lines, in slf4j-simple's layout as the standalone configures it (so
 * they look as they did when slf4j-simple wrote them): formatted into one buffer, the date at most
 * once per millisecond, and written to the stream in large writes, each followed by one flush.
 *
 * <p>Not thread-safe: {@link BufferedRequestLog} calls it from one thread at a time.
 */
final class TextLines implements BufferedRequestLog.Output {

    private static final String LEVEL_AND_NAME = " INFO requests - ";
    private static final String NEW_LINE = System.lineSeparator();
    /** Written out when the buffer holds this much, so a long drain neither waits nor grows. */
    private static final int WRITE_AT_CHARS = 60 * 1024;

    private final PrintStream out;
    private final DateTimeFormatter dates;
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private long stampMillis = Long.MIN_VALUE;
    private String stamp = "";

    TextLines(PrintStream out, ZoneId zone) {
        this.out = out;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
    }

    @Override
    public void line(long epochMillis, String method, String path, int status, long millis) {
        if (epochMillis != stampMillis) {
            stamp = dates.format(Instant.ofEpochMilli(epochMillis));
            stampMillis = epochMillis;
        }
        text.append(stamp).append(LEVEL_AND_NAME)
                .append(method).append(' ').append(path).append(' ')
                .append(status).append(' ').append(millis).append(" ms").append(NEW_LINE);
        if (text.length() >= WRITE_AT_CHARS) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (text.isEmpty()) {
            return;
        }
        out.append(text);
        out.flush();
        text.setLength(0);
    }
}

package dev.doctranslation.mock;

/**
 * Where the request log's lines go: one call per answered request, with the method, the path (never
 * the query or a header), the final status and the milliseconds taken. Called on the request's
 * thread: the mock's own logs ({@link Slf4jRequestLog} in process, {@link BufferedRequestLog} in the
 * standalone jar) only hand the values to a writer thread there.
 */
interface RequestLog {

    /** The logger of the request lines; configure it in your SLF4J backend. */
    String LOGGER_NAME = "dev.doctranslation.mock.requests";

    void log(String method, String path, int status, long millis);
}

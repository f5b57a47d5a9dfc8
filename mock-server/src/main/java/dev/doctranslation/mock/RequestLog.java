package dev.doctranslation.mock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the request log's lines go: one call per answered request, with the method, the path (never
 * the query or a header), the final status and the milliseconds taken.
 */
interface RequestLog {

    /** The logger of the request lines; configure it in your SLF4J backend. */
    String LOGGER_NAME = "dev.doctranslation.mock.requests";

    void log(String method, String path, int status, long millis);

    /**
     * The in-process default: SLF4J at INFO, so the user's backend decides where the lines go and
     * whether they are written at all. The level is read per request, as backends may change it.
     */
    static RequestLog slf4j() {
        Logger log = LoggerFactory.getLogger(LOGGER_NAME);
        return (method, path, status, millis) -> {
            if (log.isInfoEnabled()) {
                log.info("{} {} {} {} ms", method, path, status, millis);
            }
        };
    }
}

package dev.doctranslation.mock;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds. Only the path is logged, never the
 * query or a header, so a key cannot reach the log even if a client puts it in the wrong place.
 * The lowest priority runs first on the way in and last on the way out, so the time covers every
 * other filter (added latency included) and the status is the final one.
 */
@PreMatching
@Priority(RequestLogFilter.PRIORITY)
final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final int PRIORITY = 1;
    static final String LOGGER_NAME = "dev.doctranslation.mock.requests";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";
    private static final int MAX_LOGGED_PATH = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Object started = request.getProperty(STARTED);
        long millis =
                started instanceof Long nanos
                        ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos)
                        : 0;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.length() > MAX_LOGGED_PATH) {
            path = path.substring(0, MAX_LOGGED_PATH) + "...";
        }
        LOG.info("{} {} {} {} ms", request.getMethod(), path, response.getStatus(), millis);
    }
}

package dev.doctranslation.mock;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.concurrent.TimeUnit;

/**
 * One line per request: method, path, status, milliseconds. Only the path is logged, never the
 * query or a header, so a key cannot reach the log even if a client puts it in the wrong place.
 * The lowest priority runs first on the way in and last on the way out, so the time covers every
 * other filter (added latency included) and the status is the final one. Not registered at all
 * when the request log is off.
 */
@PreMatching
@Priority(RequestLogFilter.PRIORITY)
final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final int PRIORITY = 1;

    private static final String STARTED = RequestLogFilter.class.getName() + ".started";
    private static final int MAX_LOGGED_PATH = 200;

    private final RequestLog log;

    RequestLogFilter(RequestLog log) {
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long millis =
                started instanceof Long nanos
                        ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos)
                        : 0;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.length() > MAX_LOGGED_PATH) {
            path = path.substring(0, MAX_LOGGED_PATH) + "...";
        }
        log.log(request.getMethod(), path, response.getStatus(), millis);
    }
}

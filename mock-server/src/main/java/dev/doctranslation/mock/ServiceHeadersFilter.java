package dev.doctranslation.mock;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The headers the service puts on every answer, whatever the route, the version or the status:
 * a request id in {@code apim-request-id} and {@code X-RequestId}, the same fresh value in both, as
 * the live service's answers carry it (the gateway's and the service's name for one id), so that a
 * client can log it and a test can tell two answers apart; and, when the mock serves https, {@code
 * Strict-Transport-Security}, as the live service sends it, so browsers stay on https.
 *
 * <p>The id is a random (version 4) UUID drawn from {@link ThreadLocalRandom}, not {@link
 * UUID#randomUUID()}: it names a request, it guards nothing, and one shared {@code SecureRandom}
 * per answer would make every worker thread wait on one lock under load.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class ServiceHeadersFilter implements ContainerResponseFilter {

    static final String APIM_REQUEST_ID = "apim-request-id";
    static final String X_REQUEST_ID = "X-RequestId";
    static final String HSTS = "Strict-Transport-Security";
    /** A year, as the live service sends it; without {@code preload}, which a mock has no business asking for. */
    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    private final boolean https;

    ServiceHeadersFilter(boolean https) {
        this.https = https;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String id = requestId();
        headers.putSingle(APIM_REQUEST_ID, id);
        headers.putSingle(X_REQUEST_ID, id);
        if (https) {
            headers.putSingle(HSTS, HSTS_VALUE);
        }
    }

    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}

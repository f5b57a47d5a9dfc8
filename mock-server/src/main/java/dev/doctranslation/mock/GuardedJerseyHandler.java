package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Jersey's Grizzly container. Jersey builds a java.net.URI from the raw request
 * line before any of our code runs, and a request Grizzly accepted but java.net.URI does not (a
 * malformed escape such as {@code %zz}) would end in Grizzly's HTML 500 page with a stack trace.
 * Here it is the client mistake it is: 400 in the error shape of the route asked.
 */
final class GuardedJerseyHandler extends HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedJerseyHandler.class);

    private final HttpHandler jersey;
    private final RequestThreads threads;

    GuardedJerseyHandler(HttpHandler jersey, RequestThreads threads) {
        super("doctranslation-mock");
        this.jersey = jersey;
        this.threads = threads;
    }

    /** Where Jersey's work on a request runs: see {@link RequestThreads}. */
    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return threads;
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        try {
            jersey.service(request, response);
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            ErrorEnvelope envelope = ServedRoutes.envelopeOf(request.getRequestURI());
            if (causedBy(e, URISyntaxException.class)) {
                new ContractError(400, TranslationErrorCode.INVALID_REQUEST, "The request URI is malformed.")
                        .writeTo(response, envelope);
            } else {
                LOG.error("Unexpected failure before Jersey could answer", e);
                new ContractError(500, TranslationErrorCode.INTERNAL_SERVER_ERROR, "Internal Server Error")
                        .writeTo(response, envelope);
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

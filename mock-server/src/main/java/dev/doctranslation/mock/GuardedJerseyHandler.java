package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** Jersey's container, once built and started; see {@link #ready}. */
    private final CompletableFuture<HttpHandler> jersey = new CompletableFuture<>();
    private final AtomicBoolean destroyed = new AtomicBoolean();
    private final RequestThreads threads;

    GuardedJerseyHandler(RequestThreads threads) {
        super("doctranslation-mock");
        this.threads = threads;
    }

    /**
     * Jersey's container, built while Grizzly started (see {@link GrizzlyStart}): started here, and
     * from now on every request goes to it, those that came before it too.
     */
    void ready(HttpHandler container) {
        container.start();
        jersey.complete(container);
    }

    /** The start failed: a request held for Jersey fails too, and a container already started is destroyed. */
    void failed(Throwable cause) {
        if (!jersey.completeExceptionally(cause)) {
            destroy();
        }
    }

    /** Where Jersey's work on a request runs: see {@link RequestThreads}. */
    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return threads;
    }

    /** Grizzly's start: Jersey's container is started in {@link #ready}, once it is built. */
    @Override
    public void start() {}

    @Override
    public void destroy() {
        HttpHandler container = jersey.isDone() && !jersey.isCompletedExceptionally() ? jersey.join() : null;
        if (container != null && destroyed.compareAndSet(false, true)) {
            container.destroy();
        }
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        HttpHandler container = jersey.getNow(null);
        if (container == null) {
            // Only a request that came while Jersey was still being built waits; should the start
            // fail instead, this throws and the server, which is stopping, answers with its error page.
            container = jersey.join();
        }
        try {
            container.service(request, response);
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

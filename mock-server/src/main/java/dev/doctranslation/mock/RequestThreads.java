package dev.doctranslation.mock;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.nio.NIOConnection;
import org.glassfish.grizzly.threadpool.Threads;

/**
 * Which thread answers a request: the selector thread that read it, or one of Grizzly's worker
 * threads. Grizzly's default hands every request to a worker, which costs each request two
 * thread wake-ups (a worker's, then the selector's) and, at one connection, most of what the mock
 * spends beyond Jersey's own work. A request that cannot wait is answered where it was read;
 * anything that could wait goes to a worker as before, so that no request holds up the other
 * connections of its selector.
 *
 * <p>A request goes to a worker when:
 * <ul>
 *   <li>it has a body: Jersey reads it with blocking reads, and its bytes may not all be there;
 *   <li>it is an API request ({@link ServedRoutes}) and latency is added ({@link Faults#latency()},
 *       also the provider state "responses are slow"): the fault filter sleeps;
 *   <li>its connection still has answers waiting to be written (a client that does not read): a
 *       blocking write waits only when that queue is full, and an answer on an empty queue, every
 *       answer of the mock being a few hundred bytes, can never fill it;
 *   <li>it is not the first request of the bytes its selector read (a client that pipelines): a
 *       selector answers at most one request per read, so one connection's queue of requests
 *       cannot keep it from the others. The rest of such a read is answered on the worker, in order.
 * </ul>
 *
 * <p>The latency is decided here, once, and the fault filter applies the decided one ({@link
 * #latencyOf}), so that a latency set meanwhile cannot make a request sleep on a selector thread.
 * A path that reaches an API resource only once Jersey has decoded it is given none.
 *
 * <p>Registered as an add-on, which puts the marker of fresh reads ({@link ReadMarker}) in front
 * of the HTTP codec, and as the handler's {@link RequestExecutorProvider}.
 */
final class RequestThreads implements RequestExecutorProvider, AddOn {

    /** The request attribute (Jersey reads it as a request property) holding the latency decided here. */
    static final String LATENCY = RequestThreads.class.getName() + ".latency";

    /** Set on a connection by each read of its bytes, taken by the first request parsed from them. */
    private static final Attribute<Boolean> FRESH_READ =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestThreads.class.getName() + ".freshRead");

    private final Faults faults;

    RequestThreads(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        if (codec < 0) {
            throw new IllegalStateException("Grizzly's filter chain has no HttpServerFilter");
        }
        builder.add(codec, new ReadMarker());
    }

    @Override
    public Executor getExecutor(Request request) {
        // Latency is only ever added to API requests; a path that is not one answers without it.
        Duration latency = ServedRoutes.versionOf(request.getRequestURI()).isPresent() ? faults.latency() : Duration.ZERO;
        request.setAttribute(LATENCY, latency);
        if (!Threads.isService()) {
            return null; // on a worker already (Grizzly's own rule): answered where it is
        }
        Connection<?> connection = request.getContext().getConnection();
        boolean firstOfItsRead = FRESH_READ.remove(connection) != null;
        if (firstOfItsRead && latency.isZero() && !hasBody(request) && nothingWaitsToBeWritten(connection)) {
            return null;
        }
        return connection.getTransport().getWorkerThreadPool();
    }

    /**
     * The latency this request was given when its thread was chosen; {@code fallback} when no
     * choice was made (a request that did not come through the handler that asks here).
     */
    static Duration latencyOf(Object decided, Duration fallback) {
        return decided instanceof Duration latency ? latency : fallback;
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getRequest().isChunked();
    }

    private static boolean nothingWaitsToBeWritten(Connection<?> connection) {
        return connection instanceof NIOConnection nio && nio.getAsyncWriteQueue().isEmpty();
    }

    /**
     * Marks the connection whenever its bytes are read. It sits in front of the codec, which runs
     * again on what is left of a read once a request is answered (a pipelined request); this
     * filter does not, so a mark means a read that no request has taken yet.
     */
    static final class ReadMarker extends BaseFilter {

        @Override
        public NextAction handleRead(FilterChainContext ctx) {
            FRESH_READ.set(ctx.getConnection(), Boolean.TRUE);
            return ctx.getInvokeAction();
        }
    }
}

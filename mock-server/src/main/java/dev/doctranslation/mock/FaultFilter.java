package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.time.Duration;
import java.util.Optional;

/**
 * Applies {@link Faults} to an API request that passed the key check: latency, then 503 or 429, in
 * the envelope of the route's version. One instance per version's route, all sharing one {@link
 * Faults}, so "every N-th API request" counts the requests of every route together.
 */
final class FaultFilter implements ContainerRequestFilter {

    private final Faults faults;
    private final ErrorEnvelope envelope;

    FaultFilter(Faults faults, ErrorEnvelope envelope) {
        this.faults = faults;
        this.envelope = envelope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // The latency decided when the request's thread was chosen: a request given none may be
        // running on a selector thread, where it must not sleep.
        Duration latency = RequestThreads.latencyOf(request.getProperty(RequestThreads.LATENCY), faults.latency());
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Optional<Fault> fault = faults.next();
        fault.ifPresent(f -> request.abortWith(ErrorResponses.fault(envelope, f)));
    }
}

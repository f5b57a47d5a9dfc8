package dev.doctranslation.mock;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.time.Duration;
import java.util.Optional;

/** Applies {@link Faults} to an API request that passed the key check: latency, then 503 or 429. */
final class FaultFilter implements ContainerRequestFilter {

    private final Faults faults;

    FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Optional<Fault> fault = faults.next();
        fault.ifPresent(f -> request.abortWith(ErrorResponses.fault(f)));
    }
}

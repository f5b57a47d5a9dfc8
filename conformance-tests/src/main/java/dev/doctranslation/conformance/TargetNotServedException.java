package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The target does not serve a chosen service version's route (or refused the key there), found
 * before any check ran: one clear reason instead of a failure per check. The message names the
 * route, what the probe got, and the versions the target does serve.
 */
public final class TargetNotServedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient String problem;
    private final transient List<ServiceVersion> served;
    private final boolean versionInDoubt;

    private TargetNotServedException(String message, String problem, List<ServiceVersion> served,
            boolean versionInDoubt) {
        super(message);
        this.problem = problem;
        this.served = List.copyOf(served);
        this.versionInDoubt = versionInDoubt;
    }

    /** A route the target does not serve, and the versions it does. */
    static TargetNotServedException notServed(String problem, List<ServiceVersion> served) {
        return new TargetNotServedException(problem + "; is the service version right? " + servedVersions(served),
                problem, served, true);
    }

    /** A route where the target refused the key: the version is not what is in doubt. */
    static TargetNotServedException keyRefused(String problem) {
        return new TargetNotServedException(problem, problem, List.of(), false);
    }

    /**
     * The message with {@code option} as the way to choose versions, for a caller other than the
     * library: {@code ...; is --service-version right? served versions: v1.0}.
     */
    String messageFor(String option) {
        return versionInDoubt ? problem + "; is " + option + " right? " + servedVersions(served) : problem;
    }

    /** The versions the target does serve, oldest first; empty when it serves none. */
    public List<ServiceVersion> servedVersions() {
        return served;
    }

    /** {@code served versions: v1.0, v1.1}, or that there are none. */
    static String servedVersions(List<ServiceVersion> served) {
        return "served versions: " + (served.isEmpty() ? "none of " + ServiceVersion.supportedIds()
                : served.stream().map(ServiceVersion::id).collect(Collectors.joining(", ")));
    }
}

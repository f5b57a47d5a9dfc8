package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which version's route a request path lies under, and so which error envelope answers it: every
 * layer that answers an error (filters, exception mappers, the handler in front of Jersey) asks
 * here, so that a mistake on the 2024-05-01 route is answered in Azure Core's shape wherever it is
 * caught. A path under no version's route (the root, {@code /_states}, a typo) is answered in the
 * v1.x envelope, as before there were several versions.
 */
final class ServedRoutes {

    /** The longest path echoed in a message: a message must stay within the contract's maxLength. */
    private static final int MAX_ECHOED_PATH = 200;

    private ServedRoutes() {}

    /** The version whose API path {@code rawPath} is, or lies under. */
    static Optional<ServiceVersion> versionOf(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        for (ServiceVersion version : ServiceVersion.values()) {
            String api = version.apiPath();
            if (rawPath.equals(api) || rawPath.startsWith(api + "/")) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** The error envelope of the route {@code rawPath} lies under; the v1.x one under none. */
    static ErrorEnvelope envelopeOf(String rawPath) {
        return versionOf(rawPath).map(ServiceVersion::errorEnvelope).orElse(ErrorEnvelope.TRANSLATION_ERROR);
    }

    /** Every route the mock serves, for a message: the two operations of each version, and the control route. */
    static String describe() {
        return ServiceVersion.all().stream()
                        .map(version -> "DELETE and GET " + version.operationPath("{id}"))
                        .collect(Collectors.joining(", "))
                + ", GET and POST " + MockServer.STATES_PATH;
    }

    /**
     * The 404 of a path no route serves. It names the served routes, so that a client pointed at
     * the wrong base path learns which ones exist, and it is never the {@code ResourceNotFound} of
     * an unknown operation (whose target is {@code Operation}): its target is {@code path}, and in
     * the Azure Core envelope its code is {@code NotFound}. The v1.x envelope has no code of its own
     * for it among the contract's seven, so it keeps {@code ResourceNotFound} there.
     */
    static ContractError notServed(String method, String rawPath) {
        String shown = rawPath.length() <= MAX_ECHOED_PATH ? rawPath : rawPath.substring(0, MAX_ECHOED_PATH) + "...";
        return new ContractError(
                        404,
                        TranslationErrorCode.RESOURCE_NOT_FOUND,
                        "The route " + method + " " + shown + " is not served by this mock; it serves " + describe() + ".")
                .withTarget("path")
                .withAzureCode("NotFound");
    }
}

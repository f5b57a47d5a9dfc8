package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.doctranslation.conformance.BreakingProvider.Answer;
import dev.doctranslation.conformance.BreakingProvider.Breakage;
import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion;
import java.util.Map;

/**
 * For every rule a service version added, a provider fault that breaks exactly it, on that
 * version's route only. {@link VersionChecksCanFailTest} proves each check (or the validator rule
 * behind it) catches its fault.
 */
final class VersionBreakages {
    private VersionBreakages() {}

    /** Whether the request is on {@code version}'s route. */
    static boolean on(ServiceVersion version, BreakingProvider.Call call) {
        return call.path().startsWith(version.apiPath() + "/");
    }

    /** Version-specific check id to the fault that breaks its rule. */
    static final Map<String, Breakage> BY_CHECK = Map.of(
            // Links the failed documents with a path only: not a URL a client can follow.
            "status.failed-document-link", (call, up) -> {
                Answer a = up.get();
                if (on(ServiceVersion.V1_1, call) && call.method().equals("GET") && a.status() == 200) {
                    ObjectNode body = BreakingProvider.object(a);
                    body.put(VersionChecks.FAILED_DOCUMENT_LINK, "documents?statuses=Failed");
                    return a.withBody(body);
                }
                return a;
            },
            // Azure Core errors without the code in x-ms-error-code.
            "errors.x-ms-error-code", (call, up) -> {
                Answer a = up.get();
                return on(ServiceVersion.V2024_05_01, call) && a.status() >= 400
                        ? Breakages.withHeaders(a, h -> h.remove(ContractHeaders.ERROR_CODE)) : a;
            },
            // Status reads and cancels answered without Retry-After.
            "headers.retry-after", (call, up) -> {
                Answer a = up.get();
                return on(ServiceVersion.V2024_05_01, call) && a.status() == 200
                        ? Breakages.withHeaders(a, h -> h.remove(ContractHeaders.RETRY_AFTER)) : a;
            });

    /**
     * Where the check's own finding is not the one reported: every 2024-05-01 error answer is judged
     * by the validator's {@code error.code-header} rule, inside the check that provoked it.
     */
    static final Map<String, String> CAUGHT_AS = Map.of("errors.x-ms-error-code", "error.code-header");

    /**
     * The version's error envelope itself, broken: 2024-05-01 errors answered in the v1.x
     * {@code TranslationErrorResponse} (an {@code innerError} where Azure Core has {@code innererror}
     * and {@code details}, and no {@code x-ms-error-code}). Caught by the validator on any error
     * answer of that route.
     */
    static final Breakage V1_ENVELOPE_ON_2024 = (call, up) -> {
        Answer a = up.get();
        if (on(ServiceVersion.V2024_05_01, call) && a.status() >= 400) {
            String code = a.tree().path("error").path("code").asText();
            return Breakages.withHeaders(new Answer(a.status(), a.headers(), "{\"error\": {\"code\": \"" + code
                    + "\", \"message\": \"Not found.\", \"innerError\": {\"code\": \"NotFound\", \"message\":"
                    + " \"The operation was not found.\"}}}"), h -> h.remove(ContractHeaders.ERROR_CODE));
        }
        return a;
    };

    /** A provider that serves no 2024-05-01 route: a web server's HTML 404 for it. */
    static final Breakage NO_2024_ROUTE = (call, up) -> on(ServiceVersion.V2024_05_01, call)
            ? new Answer(404, Map.of("Content-Type", "text/html"), "<html><body><h1>404 Not Found</h1></body></html>")
            : up.get();
}

package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.doctranslation.conformance.BreakingProvider.Answer;
import dev.doctranslation.conformance.BreakingProvider.Breakage;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * For every check of the catalogue, a provider fault that breaks exactly the rule the check
 * enforces. {@link KitCanFailTest} proves each check catches its fault.
 */
final class Breakages {
    private static final String INVALID_REQUEST = error("InvalidRequest", "Operation cannot be canceled.");

    private Breakages() {}

    static String error(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\", \"target\": \"Operation\"}}";
    }

    /** Check id to the fault that breaks its rule. */
    static final Map<String, Breakage> BY_CHECK = Map.ofEntries(
            // Accepts a request without key, as if the key were optional.
            Map.entry("auth.missing-key", (call, up) -> call.hasKey() ? up.get() : up.send(call.method(), call.path(), true)),
            // Accepts any key.
            Map.entry("auth.wrong-key", (call, up) -> up.send(call.method(), call.path(), true)),
            // Answers a status read with another operation's id.
            Map.entry("status.read", (call, up) -> {
                Answer a = up.get();
                if (call.method().equals("GET") && a.status() == 200) {
                    ObjectNode body = BreakingProvider.object(a);
                    body.put("id", UUID.randomUUID().toString());
                    return a.withBody(body);
                }
                return a;
            }),
            // Refuses to cancel a queued operation.
            Map.entry("cancel.not-started", (call, up) -> call.method().equals("DELETE") && "NotStarted".equals(call.arrangedStatus())
                    ? Answer.json(400, INVALID_REQUEST) : up.get()),
            // Answers a cancel of a running operation but leaves it Running.
            Map.entry("cancel.running", (call, up) -> call.method().equals("DELETE") && "Running".equals(call.arrangedStatus())
                    ? up.as("GET") : up.get()),
            // Never lets a cancelled operation settle: Cancelled is reported as Cancelling.
            Map.entry("cancel.settles", (call, up) -> {
                Answer a = up.get();
                if (a.status() == 200 && a.body().contains("\"Cancelled\"")) {
                    ObjectNode body = BreakingProvider.object(a);
                    body.put("status", "Cancelling");
                    return a.withBody(body);
                }
                return a;
            }),
            // Leaves lastActionDateTimeUtc where it was when the operation was cancelled.
            Map.entry("cancel.last-action-moves", (call, up) -> {
                Answer a = up.get();
                var before = call.provider().lastStatusRead.get(call.id());
                if (call.method().equals("DELETE") && a.status() == 200 && before != null) {
                    ObjectNode body = BreakingProvider.object(a);
                    body.set("lastActionDateTimeUtc", before.get("lastActionDateTimeUtc"));
                    return a.withBody(body);
                }
                return a;
            }),
            Map.entry("cancel.refused.succeeded", cancelsAnyway("Succeeded")),
            Map.entry("cancel.refused.failed", cancelsAnyway("Failed")),
            Map.entry("cancel.refused.cancelled", cancelsAnyway("Cancelled")),
            Map.entry("cancel.refused.validation-failed", cancelsAnyway("ValidationFailed")),
            Map.entry("cancel.refused.cancelling", cancelsAnyway("Cancelling")),
            // Accepts every repeated cancel with 200.
            Map.entry("cancel.twice", (call, up) -> call.method().equals("DELETE") && call.deletesSoFar() > 0
                    ? up.as("GET") : up.get()),
            // Unknown ids on cancel end in a server error.
            Map.entry("cancel.unknown-id", (call, up) -> {
                Answer a = up.get();
                return call.method().equals("DELETE") && a.status() == 404
                        ? Answer.json(500, error("InternalServerError", "Unexpected internal server error has occurred")) : a;
            }),
            // Unknown ids on status read answer 400.
            Map.entry("status.unknown-id", (call, up) -> {
                Answer a = up.get();
                return call.method().equals("GET") && a.status() == 404
                        ? Answer.json(400, error("InvalidArgument", "The id is not valid.")) : a;
            }),
            // A malformed id crashes the provider.
            Map.entry("id.malformed", (call, up) -> call.path().endsWith("/not-a-uuid")
                    ? Answer.json(500, error("InternalServerError", "Unexpected internal server error has occurred")) : up.get()),
            // Ids are compared case-sensitively.
            Map.entry("id.upper-case", (call, up) -> !call.path().equals(call.path().toLowerCase())
                    ? Answer.json(404, error("ResourceNotFound", "The operation was not found.")) : up.get()),
            // The pact's "cancel of a running operation" interaction: the operation stays Running.
            Map.entry("pact.verification", (call, up) -> call.method().equals("DELETE") && "Running".equals(call.arrangedStatus())
                    ? up.as("GET") : up.get()),
            // Throttles with an empty body.
            Map.entry("throttle.429", (call, up) -> {
                Answer a = up.get();
                return a.status() == 429 ? new Answer(429, Map.of("Retry-After", "1"), "") : a;
            }),
            // Quotes the key it refused, as some gateways do.
            Map.entry("security.key-not-echoed", (call, up) -> {
                Answer a = up.get();
                return a.status() == 401 && call.hasKey() ? new Answer(401, a.headers(), a.body().replace("Access denied",
                        "Access denied for key " + call.headers().get("Ocp-Apim-Subscription-Key").get(0))) : a;
            }),
            // An unknown id ends in the exception that found it, stack frame and all.
            Map.entry("security.no-internals-in-errors", (call, up) -> {
                Answer a = up.get();
                return a.status() == 404 ? Answer.json(404, error("ResourceNotFound",
                        "java.lang.IllegalStateException: no such operation\\n\\tat dev.example.Store.find(Store.java:42)")) : a;
            }),
            // Tells a missing key (400) from a wrong one (401).
            Map.entry("security.auth-oracle", (call, up) -> call.hasKey() ? up.get()
                    : Answer.json(400, error("InvalidRequest", "The Ocp-Apim-Subscription-Key header is required."))),
            // The TLS front forgets Strict-Transport-Security (run over https, see OVER_TLS).
            Map.entry("security.hsts", (call, up) -> withHeaders(up.get(), h -> h.remove("Strict-Transport-Security"))),
            // Allows every origin, with credentials, to any request that names an origin.
            Map.entry("security.cors", (call, up) -> {
                Answer a = up.get();
                return call.headers().containsKey("Origin") ? withHeaders(a, h -> {
                    h.put("Access-Control-Allow-Origin", "*");
                    h.put("Access-Control-Allow-Credentials", "true");
                }) : a;
            }),
            // An over-long id crashes the provider.
            Map.entry("security.bounded-input", (call, up) -> call.path().length() > 4096
                    ? Answer.json(500, error("InternalServerError", "Unexpected internal server error has occurred")) : up.get()));

    /** The checks that only apply over https: they run against the provider over TLS. */
    static final Set<String> OVER_TLS = Set.of("security.hsts");

    static Answer withHeaders(Answer answer, java.util.function.Consumer<Map<String, String>> change) {
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(answer.headers());
        change.accept(headers);
        return new Answer(answer.status(), headers, answer.body());
    }

    /**
     * Where a check's own assertion is not what fails first: an empty 429 breaks the contract's
     * error body, which the validator reports under its rule, inside the throttle check.
     */
    static final Map<String, String> CAUGHT_AS = Map.of("throttle.429", "body.json");

    /** Answers 200 with the operation's status instead of refusing the cancel. */
    private static Breakage cancelsAnyway(String arranged) {
        return (call, up) -> call.method().equals("DELETE") && arranged.equals(call.arrangedStatus())
                ? up.as("GET") : up.get();
    }

    /**
     * Faults in the shape of every answer, or between two answers about one operation, which the
     * checks validate as they go. Validator rule id to fault.
     */
    static final Map<String, Breakage> BY_RESPONSE_RULE = Map.ofEntries(
            Map.entry("transition.charge-kept", (call, up) -> rewriteCancel(call, up, body ->
                    ((ObjectNode) body.get("summary")).put("totalCharacterCharged", 0))),
            Map.entry("transition.created-fixed", (call, up) -> rewriteCancel(call, up, body ->
                    body.put("createdDateTimeUtc", "2000-01-01T00:00:00Z"))),
            Map.entry("transition.terminal-final", (call, up) -> rewriteRepeatedCancelledRead(call, up, body ->
                    body.put("status", "Running"))),
            Map.entry("transition.cancelled-kept", (call, up) -> rewriteRepeatedCancelledRead(call, up, body -> {
                ObjectNode summary = (ObjectNode) body.get("summary");
                summary.put("cancelled", summary.get("cancelled").asInt() - 1);
                summary.put("failed", summary.get("failed").asInt() + 1);
            })),
            Map.entry("summary.arithmetic", (call, up) -> {
                Answer a = up.get();
                if (a.status() == 200 && call.method().equals("GET")) {
                    ObjectNode body = BreakingProvider.object(a);
                    ((ObjectNode) body.get("summary")).put("total", body.get("summary").get("total").asInt() + 1);
                    return a.withBody(body);
                }
                return a;
            }),
            Map.entry("body.schema", (call, up) -> {
                Answer a = up.get();
                if (a.status() >= 400 && a.body().startsWith("{")) {
                    return a.withBody(a.tree().get("error"));
                }
                return a;
            }),
            Map.entry("content-type.json", (call, up) -> {
                Answer a = up.get();
                return new Answer(a.status(), Map.of("Content-Type", "text/plain"), a.body());
            }),
            Map.entry("timestamps.ordered", (call, up) -> {
                Answer a = up.get();
                if (a.status() == 200 && call.method().equals("GET")) {
                    ObjectNode body = BreakingProvider.object(a);
                    body.put("createdDateTimeUtc", "2999-01-01T00:00:00Z");
                    return a.withBody(body);
                }
                return a;
            }),
            Map.entry("status.spelling", (call, up) -> {
                Answer a = up.get();
                return a.status() == 200 ? new Answer(200, a.headers(), a.body().replace("\"Cancelled\"", "\"Canceled\"")) : a;
            }));

    /** Rewrites the body of a successful cancel. */
    private static Answer rewriteCancel(BreakingProvider.Call call, BreakingProvider.Upstream up,
            java.util.function.Consumer<ObjectNode> change) throws java.io.IOException, InterruptedException {
        Answer a = up.get();
        if (call.method().equals("DELETE") && a.status() == 200) {
            ObjectNode body = BreakingProvider.object(a);
            change.accept(body);
            return a.withBody(body);
        }
        return a;
    }

    /** Rewrites a status read of an operation already read as Cancelled before. */
    private static Answer rewriteRepeatedCancelledRead(BreakingProvider.Call call, BreakingProvider.Upstream up,
            java.util.function.Consumer<ObjectNode> change) throws java.io.IOException, InterruptedException {
        Answer a = up.get();
        var earlier = call.provider().lastStatusRead.get(call.id());
        if (call.method().equals("GET") && a.status() == 200 && a.body().contains("\"Cancelled\"")
                && earlier != null && "Cancelled".equals(earlier.path("status").asText())) {
            ObjectNode body = BreakingProvider.object(a);
            change.accept(body);
            return a.withBody(body);
        }
        return a;
    }
}

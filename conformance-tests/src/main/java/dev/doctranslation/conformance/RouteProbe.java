package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a target serves a version's route at all, asked before that version's checks run, so a
 * wrong version (or endpoint) is one line instead of a page of failures. With provider states: an
 * arranged operation must answer 200 on the route. Without (or when the provider cannot arrange
 * one): an unknown id must be answered in the version's error envelope, which a route nobody
 * serves does not do (an HTML page, a gateway's {@code {"error":{"code":"404"}}}, the reference
 * mock's "route not served").
 */
final class RouteProbe {
    private static final ObjectMapper JSON = ContractJson.newMapper();

    /** What the probe of one version found. */
    enum Served { YES, NO, KEY_REFUSED }

    /**
     * @param target the target in the version probed
     * @param served whether the route is served
     * @param evidence the request and its answer, as a message cites it
     */
    record Outcome(Target target, Served served, String evidence) {
        ServiceVersion version() {
            return target.version();
        }

        /** One line: what is wrong, or that the route is served. */
        String problem() {
            return switch (served) {
                case YES -> target.route() + " is served (" + evidence + ")";
                case NO -> target.route() + " is not served by the target (" + evidence + ")";
                case KEY_REFUSED -> "the target refused the key on " + target.route() + " (" + evidence
                        + "); is the key right?";
            };
        }
    }

    private RouteProbe() {}

    static Outcome probe(Target target) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        RawHttp raw = new RawHttp(http, target.apiBase(), target.version());
        StateChange states = new StateChange(target.stateChangeUrl(), http);
        if (states.available()) {
            Map<String, Object> params = Map.of("status", "Running");
            try {
                Object id = states.setup(CheckContext.OPERATION_EXISTS, params).get("id");
                try {
                    Exchange answer = raw.send("getTranslationStatus", RawRequest.of("GET", "/batches/" + id)
                            .withKey(target.key()));
                    return judgeArranged(target, answer);
                } finally {
                    states.teardown(CheckContext.OPERATION_EXISTS, params);
                }
            } catch (StateUnavailableException e) {
                // The provider cannot arrange one: what an unknown id gets still tells.
            }
        }
        Exchange answer = raw.send("getTranslationStatus", RawRequest.of("GET", "/batches/" + UUID.randomUUID())
                .withKey(target.key()));
        return judgeUnknown(target, answer);
    }

    /** Probes each of {@code targets} (one endpoint in several versions), in order. */
    static List<Outcome> probeAll(List<Target> targets) {
        return targets.stream().map(RouteProbe::probe).toList();
    }

    static Outcome judgeArranged(Target target, Exchange answer) {
        String evidence = "GET of an arranged operation " + answered(answer);
        if (answer.statusCode() == 200) {
            return new Outcome(target, Served.YES, evidence);
        }
        return new Outcome(target, refused(answer) ? Served.KEY_REFUSED : Served.NO, evidence);
    }

    static Outcome judgeUnknown(Target target, Exchange answer) {
        String evidence = "GET of an unknown id " + answered(answer);
        int status = answer.statusCode();
        if (refused(answer)) {
            return new Outcome(target, Served.KEY_REFUSED, evidence);
        }
        boolean served = status >= 200 && status < 300
                || status != 0 && inEnvelope(target.version(), answer) && !saysRouteNotServed(answer);
        return new Outcome(target, served ? Served.YES : Served.NO, evidence);
    }

    private static boolean refused(Exchange answer) {
        return answer.statusCode() == 401 || answer.statusCode() == 403;
    }

    private static String answered(Exchange answer) {
        if (answer.statusCode() == 0) {
            return "got " + answer.bodyText();
        }
        String type = answer.header("Content-Type");
        String code = Answers.hasErrorCode(answer) ? " " + Answers.errorCode(answer) : "";
        return "answered " + answer.statusCode() + code
                + (type == null || type.toLowerCase(Locale.ROOT).contains("json") ? "" : " " + type.split(";")[0]);
    }

    /**
     * Whether the answer is an error in {@code version}'s envelope: the v1.x body with one of its
     * listed codes; the Azure Core body with a code of words, or with any code repeated in {@code
     * x-ms-error-code}. An API gateway's answer for a path it routes nowhere has a bare status as
     * its code ({@code "404"}) and no {@code x-ms-error-code}; a served route's error is not asked
     * for its header here, since that is the checks' rule ({@code error.code-header}), not a sign
     * of the route.
     */
    static boolean inEnvelope(ServiceVersion version, Exchange answer) {
        JsonNode error;
        try {
            JsonNode body = JSON.readTree(answer.body());
            error = body == null ? null : body.path("error");
        } catch (IOException e) {
            return false;
        }
        if (error == null || !error.path("code").isTextual() || !error.path("message").isTextual()) {
            return false;
        }
        String code = error.path("code").textValue();
        if (version.errorEnvelope() == ErrorEnvelope.TRANSLATION_ERROR) {
            return TranslationErrorCode.fromValue(code) != TranslationErrorCode.UNKNOWN_DEFAULT_OPEN_API;
        }
        return code.equals(answer.header(ContractHeaders.ERROR_CODE)) || !code.isBlank() && !code.matches("[0-9]+");
    }

    /** The reference mock's answer on a route it does not serve, as a provider built like it might say too. */
    private static boolean saysRouteNotServed(Exchange answer) {
        return answer.bodyText().toLowerCase(Locale.ROOT).contains("not served");
    }
}

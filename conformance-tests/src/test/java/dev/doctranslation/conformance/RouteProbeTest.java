package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How the route probe tells a served route from one nobody serves, on the answers each kind of
 * target gives; {@link ServiceVersionRunTest} probes real routes end to end. And how each version's
 * route is built, with its {@code api-version}.
 */
class RouteProbeTest {
    private static final URI ENDPOINT = URI.create("https://my-translator.cognitiveservices.azure.com");

    private static Target target(ServiceVersion version) {
        return Target.of(ENDPOINT.toString(), "k", Optional.empty(), false, version);
    }

    private static Exchange answer(int status, String contentType, String body, String... headers) {
        Map<String, List<String>> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.put("Content-Type", List.of(contentType));
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new Exchange("getTranslationStatus", "GET", "/x", status, map, body.getBytes(StandardCharsets.UTF_8));
    }

    private static RouteProbe.Served unknown(ServiceVersion version, Exchange answer) {
        return RouteProbe.judgeUnknown(target(version), answer).served();
    }

    @Test
    void anUnknownIdAnsweredInTheVersionsEnvelopeMeansTheRouteIsServed() {
        Exchange v1 = answer(404, "application/json", Breakages.error("ResourceNotFound", "The operation was not found."));
        Exchange azureCore = answer(404, "application/json", "{\"error\":{\"code\":\"NotFound\",\"message\":\"No such operation.\"}}",
                "x-ms-error-code", "NotFound");

        // The header is the checks' rule (error.code-header), not a sign of the route: a served
        // route that forgets it still counts as served, and its checks say what is wrong.
        Exchange azureCoreWithoutHeader = answer(404, "application/json",
                "{\"error\":{\"code\":\"NotFound\",\"message\":\"No such operation.\"}}");

        assertThat(unknown(ServiceVersion.V1_0, v1)).isEqualTo(RouteProbe.Served.YES);
        assertThat(unknown(ServiceVersion.V2024_05_01, azureCore)).isEqualTo(RouteProbe.Served.YES);
        assertThat(unknown(ServiceVersion.V2024_05_01, azureCoreWithoutHeader)).isEqualTo(RouteProbe.Served.YES);
    }

    @Test
    void whatAnUnservedRouteGetsMeansItIsNot() {
        Exchange html = answer(404, "text/html", "<html><body>Not Found</body></html>");
        // An API gateway's 404 for a path it routes nowhere: a code no version lists, no x-ms-error-code.
        Exchange gateway = answer(404, "application/json", "{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}");
        Exchange mock = answer(404, "application/json", Breakages.error("ResourceNotFound",
                "The route GET /translator/text/batch/v9/batches/x is not served by this mock; it serves ..."));

        assertThat(unknown(ServiceVersion.V1_1, html)).isEqualTo(RouteProbe.Served.NO);
        assertThat(unknown(ServiceVersion.V1_1, gateway)).isEqualTo(RouteProbe.Served.NO);
        assertThat(unknown(ServiceVersion.V2024_05_01, gateway)).isEqualTo(RouteProbe.Served.NO);
        assertThat(unknown(ServiceVersion.V1_0, mock)).isEqualTo(RouteProbe.Served.NO);
        assertThat(RouteProbe.judgeUnknown(target(ServiceVersion.V1_1), html).problem()).isEqualTo(
                "https://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.1/batches/{id} is not served"
                        + " by the target (GET of an unknown id answered 404 text/html)");
    }

    @Test
    void aRefusedKeySaysSoRatherThanBlamingTheVersion() {
        Exchange refused = answer(401, "application/json", Breakages.error("Unauthorized", "Access denied."));

        RouteProbe.Outcome outcome = RouteProbe.judgeArranged(target(ServiceVersion.V2024_05_01), refused);

        assertThat(outcome.served()).isEqualTo(RouteProbe.Served.KEY_REFUSED);
        assertThat(outcome.problem()).isEqualTo("the target refused the key on https://my-translator.cognitiveservices"
                + ".azure.com/translator/document/batches/{id}?api-version=2024-05-01 (GET of an arranged operation"
                + " answered 401 Unauthorized); is the key right?");
    }

    @Test
    void anArrangedOperationMustBeReadWith200() {
        assertThat(RouteProbe.judgeArranged(target(ServiceVersion.V1_0), answer(200, "application/json", "{}")).served())
                .isEqualTo(RouteProbe.Served.YES);
        assertThat(RouteProbe.judgeArranged(target(ServiceVersion.V1_0), answer(404, "application/json",
                Breakages.error("ResourceNotFound", "The operation was not found."))).served())
                .isEqualTo(RouteProbe.Served.NO);
    }

    @Test
    void eachVersionsRequestsGoToItsRouteWithItsApiVersion() {
        String id = UUID.randomUUID().toString();
        for (ServiceVersion version : ServiceVersion.all()) {
            Target t = target(version);
            RawRequest request = RawRequest.of("GET", "/batches/" + id).withQueryOf(version);

            assertThat(URI.create(t.apiBase() + request.relativePath())).isEqualTo(version.operationUri(t.apiBase(), id));
        }
        assertThat(RawRequest.of("GET", "/batches/x?a=b").withQueryOf(ServiceVersion.V2024_05_01).relativePath())
                .isEqualTo("/batches/x?a=b&api-version=2024-05-01");
        assertThat(target(ServiceVersion.V1_0_PREVIEW_1).withVersion(ServiceVersion.V2024_05_01).apiBase())
                .hasToString(ENDPOINT + "/translator/document");
        // A gateway's prefix before the API path stays.
        assertThat(Target.of(ENDPOINT + "/gw", "k", Optional.empty(), false).withVersion(ServiceVersion.V1_1).apiBase())
                .hasToString(ENDPOINT + "/gw/translator/text/batch/v1.1");
    }
}

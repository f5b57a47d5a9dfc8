package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every version at its real route, over one store, each in its own shapes: the same operation seen
 * and cancelled through every route; cancel, status, unknown and malformed ids, a wrong or missing
 * key and the request ids on each version; the success headers 2024-05-01 adds. Every answer is
 * judged by {@link ContractCheck} ({@link MockHttp}).
 */
class VersionsTest {

    private static final MutableClock CLOCK = MutableClock.at("2026-03-26T00:00:00Z");

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().clock(CLOCK).build();

    private static final MockHttp http = new MockHttp(mock::server);

    @Test
    void anOperationArrangedOnceIsSeenThroughEveryRouteAndACancelThroughOneIsSeenThroughAll() {
        UUID id = http.stateId("{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}");

        String preview = http.get(ServiceVersion.V1_0_PREVIEW_1, id).body();
        for (ServiceVersion version : ServiceVersion.all()) {
            HttpResponse<String> status = http.get(version, id);
            assertThat(status.statusCode()).as(version.id()).isEqualTo(200);
            assertThat(status.body()).as("%s answers the same status, byte for byte", version.id()).isEqualTo(preview);
        }

        CLOCK.advance(Duration.ofSeconds(1));
        HttpResponse<String> cancel = http.cancel(ServiceVersion.V2024_05_01, id);
        assertThat(Bodies.status(cancel)).isEqualTo("Cancelling");

        for (ServiceVersion version : ServiceVersion.all()) {
            assertThat(Bodies.status(http.get(version, id))).as(version.id()).isEqualTo("Cancelling");
        }
        HttpResponse<String> again = http.cancel(ServiceVersion.V1_0, id);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorCode(again)).isEqualTo("InvalidRequest");
        assertThat(Bodies.read(again).path("error").path("innerError").path("code").asText())
                .isEqualTo("InvalidOperationState");
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aCancelOfARunningOperationIs200CancellingAndTheStatusFollows(ServiceVersion version) {
        UUID id = mock.operations().arrange(Arrangement.of("Running").withSuccess(4).withFailed(1));

        HttpResponse<String> cancel = http.cancel(version, id);

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(Bodies.status(cancel)).isEqualTo("Cancelling");
        assertThat(Bodies.summary(cancel).path("success").asInt()).isEqualTo(4);
        HttpResponse<String> status = http.get(version, id);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(status).path("id").asText()).isEqualTo(id.toString());
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aRefusedCancelIs400InvalidRequestInTheVersionsEnvelope(ServiceVersion version) {
        UUID id = mock.operations().arrange("Succeeded");

        HttpResponse<String> cancel = http.cancel(version, id);

        assertThat(cancel.statusCode()).isEqualTo(400);
        JsonNode error = Bodies.read(cancel).path("error");
        assertThat(error.path("code").asText()).isEqualTo("InvalidRequest");
        assertThat(error.path("target").asText()).isEqualTo("Operation");
        if (azureCore(version)) {
            assertThat(error.path("innererror").path("code").asText()).isEqualTo("InvalidOperationState");
            assertThat(error.has("innerError")).isFalse();
            assertThat(cancel.headers().firstValue(ContractError.ERROR_CODE_HEADER)).hasValue("InvalidRequest");
        } else {
            assertThat(error.path("innerError").path("code").asText()).isEqualTo("InvalidOperationState");
            assertThat(error.has("innererror")).isFalse();
            assertThat(cancel.headers().firstValue(ContractError.ERROR_CODE_HEADER)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void anUnknownIdIs404ResourceNotFoundOnCancelAndStatus(ServiceVersion version) {
        UUID unknown = mock.operations().unknownId();

        for (HttpResponse<String> answer : List.of(http.cancel(version, unknown), http.get(version, unknown))) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(Bodies.errorCode(answer)).isEqualTo("ResourceNotFound");
            assertThat(Bodies.errorTarget(answer)).isEqualTo("Operation");
            assertThat(answer.headers().firstValue(ContractError.ERROR_CODE_HEADER))
                    .isEqualTo(azureCore(version) ? Optional.of("ResourceNotFound") : Optional.empty());
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aMalformedIdIs400InvalidArgumentNamingTheId(ServiceVersion version) {
        for (HttpResponse<String> answer : List.of(http.cancel(version, "not-a-uuid"), http.get(version, "1-2-3-4-5"))) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(Bodies.errorCode(answer)).isEqualTo("InvalidArgument");
            assertThat(Bodies.errorTarget(answer)).isEqualTo("id");
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aWrongOrMissingKeyIs401UnauthorizedAlikeInTheVersionsEnvelope(ServiceVersion version) {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> wrong = http.send(http.raw(version.operationPath(id.toString()))
                .header(MockHttp.KEY_HEADER, "0123456789abcdef0123456789abcdef").DELETE().build());
        HttpResponse<String> missing = http.send(http.raw(version.operationPath(id.toString())).GET().build());

        for (HttpResponse<String> answer : List.of(wrong, missing)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(Bodies.errorCode(answer)).isEqualTo("Unauthorized");
        }
        assertThat(Bodies.read(wrong).path("error").path("message").asText())
                .as("the same answer whether the key is wrong or missing")
                .isEqualTo(Bodies.read(missing).path("error").path("message").asText());
        assertThat(mock.operations().status(id)).as("nothing was cancelled").hasValue("Running");
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void everyAnswerCarriesOneFreshRequestIdInBothHeaders(ServiceVersion version) {
        UUID id = mock.operations().arrange("Running");
        List<HttpResponse<String>> answers = List.of(
                http.get(version, id), http.get(version, id), http.get(version, mock.operations().unknownId()),
                http.send(http.raw(version.operationPath(id.toString())).GET().build()));

        Set<String> ids = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            String apim = answer.headers().firstValue("apim-request-id").orElseThrow();
            assertThat(answer.headers().firstValue("X-RequestId")).hasValue(apim);
            assertThat(UUID.fromString(apim).version()).isEqualTo(4);
            ids.add(apim);
        }
        assertThat(ids).as("a fresh id per request").hasSize(answers.size());
    }

    @Test
    void the2024StatusCarriesRetryAfterAnETagThatFollowsTheStatusAndCacheControl() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> first = http.get(ServiceVersion.V2024_05_01, id);
        HttpResponse<String> unchanged = http.get(ServiceVersion.V2024_05_01, id);

        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=1");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9A-F]{64}\"");
        assertThat(unchanged.headers().firstValue("ETag")).as("the same status, the same tag").hasValue(etag);

        CLOCK.advance(Duration.ofSeconds(1));
        HttpResponse<String> cancel = http.cancel(ServiceVersion.V2024_05_01, id);
        assertThat(cancel.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(cancel.headers().firstValue("ETag")).as("the status read only").isEmpty();
        assertThat(http.get(ServiceVersion.V2024_05_01, id).headers().firstValue("ETag"))
                .as("another status, another tag")
                .isPresent()
                .isNotEqualTo(Optional.of(etag));
    }

    @ParameterizedTest
    @EnumSource(value = ServiceVersion.class, names = {"V1_0_PREVIEW_1", "V1_0", "V1_1"})
    void theV1AnswersCarryNoneOfThe2024SuccessHeaders(ServiceVersion version) {
        UUID id = mock.operations().arrange("Running");

        for (HttpResponse<String> answer : List.of(http.get(version, id), http.cancel(version, id))) {
            assertThat(answer.headers().firstValue("Retry-After")).isEmpty();
            assertThat(answer.headers().firstValue("ETag")).isEmpty();
            assertThat(answer.headers().firstValue("Cache-Control")).isEmpty();
        }
    }

    @Test
    void faultsAnswerInTheEnvelopeOfTheRouteAsked() {
        UUID id = mock.operations().arrange("Running");
        mock.faults().throttleNext(2, 3);

        HttpResponse<String> azure = http.get(ServiceVersion.V2024_05_01, id);
        HttpResponse<String> v1 = http.get(ServiceVersion.V1_1, id);

        for (HttpResponse<String> answer : List.of(azure, v1)) {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(Bodies.errorCode(answer)).isEqualTo("RequestRateTooHigh");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
        }
        assertThat(azure.headers().firstValue(ContractError.ERROR_CODE_HEADER)).hasValue("RequestRateTooHigh");
        assertThat(v1.headers().firstValue(ContractError.ERROR_CODE_HEADER)).isEmpty();
    }

    @Test
    void theBaseUrlOfEachVersionIsItsRouteAndBaseUrlStaysThePreviews() {
        for (ServiceVersion version : ServiceVersion.all()) {
            assertThat(mock.apiBase(version).toString())
                    .isEqualTo("http://127.0.0.1:" + mock.port() + version.apiPath());
        }
        assertThat(mock.baseUrl()).isEqualTo(mock.apiBase(ServiceVersion.V1_0_PREVIEW_1));
        assertThat(mock.baseUrl().getPath()).isEqualTo(MockServer.BASE_PATH);
        assertThat(mock.tlsCertificate()).isEmpty();
    }

    private static boolean azureCore(ServiceVersion version) {
        return version.errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE;
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only the 2024-05-01 route does: the bearer token besides the key, the api-version check, and
 * the Azure Core envelope on every error under its path; and what no route serves: a 404 that says
 * so. Every answer is judged by {@link ContractCheck}.
 */
class AzureCoreRouteTest {

    private static final String TOKEN = "a-test-token-the-mock-was-given";
    private static final ServiceVersion AZURE = ServiceVersion.V2024_05_01;

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().bearerToken(TOKEN).build();

    private static final MockHttp http = new MockHttp(mock::server);

    @Test
    void theConfiguredBearerTokenOpensThe2024RouteWithoutAKey() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> status = http.send(bearer(AZURE.operationPath(id.toString()), TOKEN).GET().build());
        HttpResponse<String> cancel = http.send(bearer(AZURE.operationPath(id.toString()), TOKEN).DELETE().build());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(Bodies.status(cancel)).isEqualTo("Cancelling");
    }

    @Test
    void anotherBearerTokenIs401UnauthorizedAsAWrongKeyIs() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> wrongToken = http.send(bearer(AZURE.operationPath(id.toString()), TOKEN + "x").GET().build());
        HttpResponse<String> noCredential = http.send(http.raw(AZURE.operationPath(id.toString())).GET().build());
        HttpResponse<String> otherScheme = http.send(http.raw(AZURE.operationPath(id.toString()))
                .header("Authorization", "Basic " + TOKEN).GET().build());

        for (HttpResponse<String> answer : new HttpResponse[] {wrongToken, noCredential, otherScheme}) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(Bodies.errorCode(answer)).isEqualTo("Unauthorized");
            assertThat(answer.headers().firstValue(ContractError.ERROR_CODE_HEADER)).hasValue("Unauthorized");
        }
        assertThat(Bodies.read(wrongToken).path("error").path("message").asText())
                .isEqualTo(Bodies.read(noCredential).path("error").path("message").asText())
                .contains("access token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.0-preview.1", "v1.0", "v1.1"})
    void theV1RoutesTakeTheKeyOnlyNeverTheBearerToken(String versionId) {
        ServiceVersion version = ServiceVersion.fromId(versionId);
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> answer = http.send(bearer(version.operationPath(id.toString()), TOKEN).GET().build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(Bodies.errorCode(answer)).isEqualTo("Unauthorized");
        assertThat(answer.headers().firstValue(ContractError.ERROR_CODE_HEADER)).isEmpty();
    }

    @Test
    void aMissingApiVersionIs400MissingApiVersionParameterNamingTheSupportedOne() {
        UUID id = mock.operations().arrange("Running");
        String path = AZURE.apiPath() + "/batches/" + id;

        for (HttpResponse<String> answer : new HttpResponse[] {
            http.send(key(path).GET().build()), http.send(key(path).DELETE().build()),
            http.send(key(path + "?other=1").GET().build())
        }) {
            assertThat(answer.statusCode()).isEqualTo(400);
            JsonNode error = Bodies.read(answer).path("error");
            assertThat(error.path("code").asText()).isEqualTo("MissingApiVersionParameter");
            assertThat(error.path("target").asText()).isEqualTo("api-version");
            assertThat(error.path("message").asText()).contains("api-version").contains("2024-05-01");
        }
        assertThat(mock.operations().status(id)).as("the DELETE cancelled nothing").hasValue("Running");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-01", "v1.0", "2024-05-01-preview", "", "2024-05-01&api-version=2023-01-01"})
    void anUnsupportedApiVersionIs400UnsupportedApiVersionValueNamingTheSupportedOne(String value) {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> answer = http.send(key(AZURE.apiPath() + "/batches/" + id + "?api-version=" + value)
                .DELETE().build());

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = Bodies.read(answer).path("error");
        assertThat(error.path("code").asText()).isEqualTo("UnsupportedApiVersionValue");
        assertThat(answer.headers().firstValue(ContractError.ERROR_CODE_HEADER)).hasValue("UnsupportedApiVersionValue");
        assertThat(error.path("message").asText()).contains("The supported api-versions are '2024-05-01'");
        assertThat(mock.operations().status(id)).hasValue("Running");
    }

    @Test
    void theCredentialIsCheckedBeforeTheApiVersion() {
        HttpResponse<String> answer = http.send(http.raw(AZURE.apiPath() + "/batches/" + UUID.randomUUID()).GET().build());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/translator/document", "/translator/document/batches", "/translator/document/batches/x/documents",
        "/translator/document/nope?api-version=2024-05-01"
    })
    void anUnknownPathUnderThe2024RouteIs404NotFoundInAzureCoreSayingTheRouteIsNotServed(String path) {
        HttpResponse<String> answer = http.send(key(path).GET().build());

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode error = Bodies.read(answer).path("error");
        assertThat(error.path("code").asText()).isEqualTo("NotFound");
        assertThat(error.path("target").asText()).isEqualTo("path");
        assertThat(error.path("message").asText())
                .contains("is not served by this mock")
                .contains("DELETE and GET /translator/document/batches/{id}?api-version=2024-05-01")
                .contains("DELETE and GET /translator/text/batch/v1.0-preview.1/batches/{id}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nope", "/translator", "/translator/text/batch/v2.0/batches/x"})
    void anUnknownPathElsewhereIs404InTheV1EnvelopeSayingTheRouteIsNotServedNotThatAnOperationIsUnknown(String path) {
        HttpResponse<String> answer = http.send(key(path).GET().build());

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode error = Bodies.read(answer).path("error");
        assertThat(error.path("code").asText()).isEqualTo("ResourceNotFound");
        assertThat(error.path("target").asText()).as("not the unknown operation's target").isEqualTo("path");
        assertThat(error.path("message").asText())
                .startsWith("The route GET " + path + " is not served by this mock")
                .contains("/translator/text/batch/v1.1/batches/{id}");
        assertThat(answer.headers().firstValue(ContractError.ERROR_CODE_HEADER)).isEmpty();
    }

    @Test
    void clientMistakesUnderThe2024RouteAnswerInAzureCore() {
        UUID id = mock.operations().arrange("Running");
        String path = AZURE.operationPath(id.toString());

        HttpResponse<String> wrongMethod = http.send(key(path)
                .method("PUT", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        HttpResponse<String> notAcceptable = http.send(key(path).header("Accept", "text/html").GET().build());
        HttpResponse<String> tooLong = http.send(key(AZURE.operationPath("a".repeat(5_000))).GET().build());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("DELETE"));
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(tooLong.statusCode()).isEqualTo(414);
        // ContractCheck has judged each as Azure Core: x-ms-error-code included.
        assertThat(wrongMethod.headers().firstValue(ContractError.ERROR_CODE_HEADER)).hasValue("InvalidRequest");
    }

    @Test
    void withoutAConfiguredTokenNoBearerTokenIsAccepted() {
        try (MockServer plain = MockServer.builder().requestLog(false).start()) {
            MockHttp plainHttp = new MockHttp(plain);
            UUID id = plain.operations().arrange("Running");

            HttpResponse<String> answer = plainHttp.send(plainHttp.raw(AZURE.operationPath(id.toString()))
                    .header("Authorization", "Bearer " + TOKEN).GET().build());

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(Bodies.errorCode(answer)).isEqualTo("Unauthorized");
        }
    }

    private static HttpRequest.Builder bearer(String path, String token) {
        return http.raw(path).header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.Builder key(String path) {
        return http.raw(path).header(MockHttp.KEY_HEADER, mock.key());
    }
}

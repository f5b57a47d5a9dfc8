package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each service version's route, against a real local server; the same methods for all of them. */
class ServiceVersionTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "V1_0_PREVIEW_1, /translator/text/batch/v1.0-preview.1/batches/727bf148-f327-47a0-9481-abae6362f11e",
        "V1_0, /translator/text/batch/v1.0/batches/727bf148-f327-47a0-9481-abae6362f11e",
        "V1_1, /translator/text/batch/v1.1/batches/727bf148-f327-47a0-9481-abae6362f11e",
        "V2024_05_01, /translator/document/batches/727bf148-f327-47a0-9481-abae6362f11e?api-version=2024-05-01"})
    void cancelAndStatusGoToTheVersionsRoute(ServiceVersion version, String target) throws Exception {
        enqueue(200, Bodies.status("Cancelling"));
        enqueue(200, Bodies.status("Cancelled"));
        DocumentTranslationClient client = builder().serviceVersion(version).build();

        assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(client.getTranslationStatus(ID).getStatus()).isEqualTo(Status.CANCELLED);

        RecordedRequest cancel = server.takeRequest();
        assertThat(cancel.getMethod()).isEqualTo("DELETE");
        assertThat(cancel.getTarget()).isEqualTo(target);
        assertThat(cancel.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(KEY);
        assertThat(cancel.getHeaders().get("Accept")).isEqualTo("application/json");
        RecordedRequest get = server.takeRequest();
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getTarget()).isEqualTo(target);
        assertThat(client.serviceVersion()).isEqualTo(version);
        assertThat(client.endpoint().getPath()).isEqualTo(version.apiPath());
    }

    @Test
    void withoutAVersionTheClientTalksTheBuildersDefault() throws Exception {
        enqueue(200, Bodies.status("Running"));
        DocumentTranslationClient client = builder().build();

        client.getTranslationStatus(ID);

        assertThat(client.serviceVersion()).isEqualTo(DocumentTranslationClientBuilder.DEFAULT_SERVICE_VERSION);
        assertThat(server.takeRequest().getTarget())
                .isEqualTo(DocumentTranslationClientBuilder.DEFAULT_SERVICE_VERSION.operationPath(Bodies.ID));
    }

    @Test
    void messagesNameThePathAndQueryAsSent() {
        enqueue(404, AzureCoreBodies.error("NotFound", "no such operation"));
        DocumentTranslationClient client = builder().serviceVersion(ServiceVersion.V2024_05_01)
                .retryOptions(RetryOptions.none()).build();

        assertThatThrownBy(() -> client.getTranslationStatus(ID)).isInstanceOf(OperationNotFoundException.class)
                .hasMessage("GET /translator/document/batches/" + Bodies.ID + "?api-version=2024-05-01 answered 404"
                        + " NotFound: no such operation");
    }

    /** v1.1 adds an optional link to the failed documents; the one status model reads it. */
    @Test
    void aV11StatusWithItsFailedDocumentsLinkDecodes() {
        String body = Bodies.status("Failed").replaceFirst("\\{", "{\"@failedDocumentStatusLink\":"
                + " \"https://x.cognitiveservices.azure.com/translator/text/batch/v1.1/batches/" + Bodies.ID
                + "/documents?statuses=Failed\", ");
        enqueue(200, body);

        TranslationStatus status = builder().serviceVersion(ServiceVersion.V1_1).build().getTranslationStatus(ID);

        assertThat(status.getStatus()).isEqualTo(Status.FAILED);
        assertThat(status.getFailedDocumentStatusLink()).hasToString("https://x.cognitiveservices.azure.com"
                + "/translator/text/batch/v1.1/batches/" + Bodies.ID + "/documents?statuses=Failed");
    }

    /** The live 2024-05-01 service sends Retry-After: 1 on its status reads; polling waits that, not the interval. */
    @Test
    void cancelAndWaitOn2024PollsAsTheServiceAsks() {
        enqueue(200, Bodies.status("Cancelling"), "Retry-After", "1");
        enqueue(200, Bodies.status("Cancelling"), "Retry-After", "1");
        enqueue(200, Bodies.status("Cancelled"), "Retry-After", "1");
        DocumentTranslationClient client = builder().serviceVersion(ServiceVersion.V2024_05_01)
                .pollInterval(Duration.ofSeconds(7)).build();

        TranslationStatus status = client.cancelTranslationAndWait(ID, Duration.ofMinutes(1));

        assertThat(status.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    /** A retried cancel that meets the Azure Core 400 of an operation already cancelling reads the status. */
    @Test
    void theRetriedCancelRuleReadsTheAzureCoreEnvelope() throws Exception {
        enqueue(503, AzureCoreBodies.error("ServiceUnavailable", "try again"));
        enqueue(400, AzureCoreBodies.error("InvalidRequest", "Operation cannot be canceled"),
                "x-ms-error-code", "InvalidRequest");
        enqueue(200, Bodies.status("Cancelling"));
        DocumentTranslationClient client = builder().serviceVersion(ServiceVersion.V2024_05_01).build();

        assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        RecordedRequest read = server.takeRequest();
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getTarget()).endsWith("?api-version=2024-05-01");
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void anEndpointThatAlreadyEndsWithTheVersionsPathIsNotDoubled(ServiceVersion version) {
        DocumentTranslationClient client = DocumentTranslationClient.builder().serviceVersion(version)
                .endpoint("https://x.cognitiveservices.azure.com" + version.apiPath() + "/").subscriptionKey("k").build();

        assertThat(client.endpoint()).hasToString("https://x.cognitiveservices.azure.com" + version.apiPath());
    }

    @Test
    void theVersionCannotBeNull() {
        assertThatThrownBy(() -> DocumentTranslationClient.builder().serviceVersion(null))
                .isInstanceOf(NullPointerException.class).hasMessage("version == null");
    }
}

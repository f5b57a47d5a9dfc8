package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RequestShapeTest extends ClientTestBase {

    @Test
    void cancelSendsDeleteToTheOperationWithKeyAcceptAndUserAgent() throws Exception {
        enqueue(200, Bodies.status("Cancelling"));

        client().cancelTranslation(UUID.fromString(Bodies.ID));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/translator/text/batch/v1.0-preview.1/batches/" + Bodies.ID);
        assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).matches("doctranslation-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Accept-Encoding")).as("the answer as the server sends it, never gzip unpacked unseen")
                .isEqualTo("identity");
    }

    @Test
    void getStatusSendsGetToTheOperation() throws Exception {
        enqueue(200, Bodies.status("Running"));

        client().getTranslationStatus(UUID.fromString(Bodies.ID));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestLine())
                .isEqualTo("GET /translator/text/batch/v1.0-preview.1/batches/" + Bodies.ID + " HTTP/1.1");
        assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(KEY);
    }

    @Test
    void keySupplierIsReadForEveryRequestSoRotationTakesEffect() throws Exception {
        enqueue(200, Bodies.status("Running"));
        enqueue(200, Bodies.status("Running"));
        String[] current = {"first-key"};
        DocumentTranslationClient client = builder().subscriptionKey(() -> current[0]).build();

        client.getTranslationStatus(UUID.fromString(Bodies.ID));
        current[0] = "rotated-key";
        client.getTranslationStatus(UUID.fromString(Bodies.ID));

        assertThat(server.takeRequest().getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo("first-key");
        assertThat(server.takeRequest().getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo("rotated-key");
    }

    @Test
    void anEndpointWithTheApiPathAlreadyIsNotDoubled() throws Exception {
        enqueue(200, Bodies.status("Running"));
        DocumentTranslationClient client = builder()
                .endpoint(server.url("/translator/text/batch/v1.0-preview.1/").toString()).build();

        client.getTranslationStatus(UUID.fromString(Bodies.ID));

        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/translator/text/batch/v1.0-preview.1/batches/" + Bodies.ID);
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.mock.junit.MockServerExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request that offers a protocol upgrade is answered as the HTTP/1.1 request it also is. The
 * JDK's HttpClient at its default version (HTTP/2) offers h2c on every new plain-http connection,
 * and Pact's verifier and users' clients use it so: Grizzly took such a request for the start of
 * another protocol and never handed its body on, so a POST or a DELETE with a body hung.
 */
@Timeout(30)
class UpgradeRequestsTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().build();

    private MockHttp http;

    /** A new client for each test: the upgrade is offered on the first request of a connection. */
    @BeforeEach
    void newClient() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
        http = new MockHttp(mock::server, client, new OperationHistory());
    }

    @Test
    void aProviderStateWithABodyIsAnswered() {
        HttpResponse<String> response = http.state(
                "{\"state\":\"no translation operation exists\",\"params\":{},\"action\":\"setup\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(Bodies.read(response).path("id").asText()).isNotEmpty();
    }

    @Test
    void aCancelWithTheKeyIsAnswered() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> response = http.cancel(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Bodies.status(response)).isEqualTo("Cancelling");
    }

    @Test
    void aStatusWithTheKeyIsAnsweredWithItsContentType() {
        UUID id = mock.operations().arrange("Succeeded");

        HttpResponse<String> response = http.get(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aDeleteWithABodyIsRefusedRatherThanLeftWaiting() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> response = http.send(http.api("/batches/" + id)
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mock.operations().status(id)).hasValue("Running");
    }

    @Test
    void anUpgradeOfferedByHandIsIgnoredAndTheConnectionStaysHttp11() throws IOException {
        String body = "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}";
        RawHttp.Response response = RawHttp.exchange(mock.port(),
                "POST " + MockServer.STATES_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
                PROMPTLY);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Upgrade")).isNull();
        ContractCheck.assertConforms("POST", MockServer.STATES_PATH, 200, response.headers(), response.body());
    }

    @Test
    void aWebSocketUpgradeIsIgnoredToo() throws IOException {
        UUID id = mock.operations().arrange("Running");
        String path = MockServer.BASE_PATH + "/batches/" + id;
        RawHttp.Response response = RawHttp.exchange(mock.port(),
                "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                        + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\n\r\n",
                PROMPTLY);

        assertThat(response.status()).isEqualTo(200);
        ContractCheck.assertConforms("GET", path, 200, response.headers(), response.body());
    }
}

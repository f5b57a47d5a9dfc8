package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A client's mistake is a 4xx in the contract's error shape, never a 5xx. */
class ClientMistakesTest {

    private static MockServer mock;
    private static MockHttp http;
    private static UUID id;

    @BeforeAll
    static void start() {
        mock = MockServer.start();
        http = new MockHttp(mock);
        id = mock.operations().arrange("Running");
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/nope",
                "/translator",
                MockServer.BASE_PATH,
                MockServer.BASE_PATH + "/batches",
                MockServer.BASE_PATH + "/batches/727bf148-f327-47a0-9481-abae6362f11e/documents",
                "/translator/text/batch/v1.0/batches/727bf148-f327-47a0-9481-abae6362f11e"
            })
    void anUnknownPathIs404ResourceNotFound(String path) {
        HttpResponse<String> response =
                http.send(http.raw(path).header(MockHttp.KEY_HEADER, mock.key()).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Bodies.errorCode(response)).isEqualTo("ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "PATCH"})
    void aWrongMethodIs405WithAllow(String method) {
        HttpResponse<String> response =
                http.send(
                        http.api("/batches/" + id)
                                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json")
                                .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("DELETE", "GET"));
    }

    @Test
    void theStatesEndpointTakesOnlyJson() {
        HttpResponse<String> response =
                http.send(
                        http.raw(MockServer.STATES_PATH)
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("state"))
                                .build());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void anAnswerNobodyAcceptsIs406() {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void oversizedHeadersAre431() {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("X-Filler", "a".repeat(20_000)).GET().build());

        assertThat(response.statusCode()).isEqualTo(431);
    }

    @Test
    void headersOverGrizzlysOwnLimitAre400() {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("X-Filler", "a".repeat(100_000)).GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void tooManyHeaderFieldsAre4xx() {
        HttpRequest.Builder request = http.api("/batches/" + id);
        for (int i = 0; i < 150; i++) {
            request.header("X-Field-" + i, "v");
        }

        assertThat(http.send(request.GET().build()).statusCode()).isBetween(400, 499);
    }

    @Test
    void anOversizedUriIs414() {
        HttpResponse<String> response = http.get("a".repeat(5_000));

        assertThat(response.statusCode()).isEqualTo(414);
    }

    @Test
    void aUriOverGrizzlysOwnLimitIs400() {
        HttpResponse<String> response = http.get("a".repeat(100_000));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%25zz", "%00", "..%2F..%2Fetc", "%2F", "%E2%82%AC", "%C0%AF"})
    void oddlyEncodedIdsAre4xx(String encoded) {
        assertThat(http.get(encoded).statusCode()).isBetween(400, 499);
        assertThat(http.cancel(encoded).statusCode()).isBetween(400, 499);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /x%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /translator/text/batch/v1.0-preview.1/batches/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /?a=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: bad host name\r\n\r\n"
            })
    void requestsHttpCannotParseAre4xx(String raw) throws IOException {
        String answer = rawExchange(raw);

        assertThat(answer).matches("(?s)HTTP/1\\.[01] 4\\d\\d .*");
        assertThat(answer).containsIgnoringCase("Content-Type: application/json");
    }

    /** Speaks HTTP by hand, for requests no HTTP client would send. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", mock.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            while (!answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                    && (read = in.read(buffer)) != -1) {
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}

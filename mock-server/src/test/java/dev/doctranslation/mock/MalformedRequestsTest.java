package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.mock.junit.ArrangedOperation;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no HTTP client would send, spoken by hand: each gets a prompt 4xx with the contract's
 * error body, never silence. Grizzly's idle timeout is far longer than the deadline here, so a
 * request the mock would wait on fails as a timeout.
 */
class MalformedRequestsTest {

    /** Far below any idle timeout: an answer within it was not the timeout's doing. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().build();

    private static final MockHttp http = new MockHttp(mock::server);

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Grizzly waited for a space in the method, or a colon in a field name, up to its
                // 64 KiB limit: these two hung until the idle timeout.
                "GARBAGE\r\n\r\n",
                "GARBAGE\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nno colon on this line\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\nno-colon\n\n",
                // No HTTP version: Grizzly answered as to HTTP/0.9, with no Content-Type.
                "GET /\r\n\r\n",
                // Taken by Grizzly for a tunnel or HTTP/2: no Content-Length and no close.
                "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "PRI " + MockServer.BASE_PATH + "/batches/x HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
                // A body where the codec allows none, and framing it cannot trust.
                "DELETE " + MockServer.BASE_PATH + "/batches/727bf148-f327-47a0-9481-abae6362f11e HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Length: 2\r\n\r\n{}",
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n",
                // Escapes java.net.URI refuses, a version Grizzly does not speak, a bad Host.
                "GET /x%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET " + MockServer.BASE_PATH + "/batches/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /?a=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: bad host name\r\n\r\n",
                "GET / HTTP/1.1\r\n\r\n"
            })
    void getsAPrompt4xxWithTheContractsErrorBody(String request, @ArrangedOperation(status = "Running") UUID running)
            throws IOException {
        RawHttp.Response response = RawHttp.exchange(mock.port(), request, PROMPTLY);

        assertThat(response.status()).isBetween(400, 499);
        String[] requestLine = request.split("\r?\n", 2)[0].split(" ");
        ContractCheck.assertConforms(requestLine[0], requestLine.length > 1 ? requestLine[1] : "",
                response.status(), response.headers(), response.body());
        assertThat(http.get(running).statusCode()).as("still serving").isEqualTo(200);
    }

    /**
     * Pipelined behind an answered request, a request line without a space made Grizzly fail with a
     * NullPointerException while framing its 400: the answer was lost.
     */
    @Test
    void aMalformedRequestPipelinedBehindAGoodOneIsAnsweredToo() throws IOException {
        List<RawHttp.Response> answers = RawHttp.exchange(mock.port(),
                "GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\nGARBAGE\r\n\r\n", 2, PROMPTLY);

        assertThat(answers).extracting(RawHttp.Response::status).containsExactly(404, 400);
        for (RawHttp.Response answer : answers) {
            ContractCheck.assertConforms("GET", "/nowhere", answer.status(), answer.headers(), answer.body());
        }
    }

    @Test
    void anEmptyLineBeforeTheRequestLineIsStillAllowed(@ArrangedOperation(status = "Running") UUID running)
            throws IOException {
        RawHttp.Response response = RawHttp.exchange(mock.port(),
                "\r\nGET " + MockServer.BASE_PATH + "/batches/" + running + " HTTP/1.1\r\nHost: localhost\r\n"
                        + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\nConnection: close\r\n\r\n",
                PROMPTLY);

        assertThat(response.status()).isEqualTo(200);
        ContractCheck.assertConforms("GET", MockServer.BASE_PATH + "/batches/" + running, 200,
                response.headers(), response.body());
    }

    @Test
    void bareLineFeedsAreStillAllowed() throws IOException {
        RawHttp.Response response = RawHttp.exchange(mock.port(),
                "GET /nowhere HTTP/1.1\nHost: localhost\nConnection: close\n\n", PROMPTLY);

        assertThat(response.status()).isEqualTo(404);
        ContractCheck.assertConforms("GET", "/nowhere", 404, response.headers(), response.body());
    }
}

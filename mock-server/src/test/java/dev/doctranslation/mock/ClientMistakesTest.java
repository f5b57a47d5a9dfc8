package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.mock.junit.ArrangedOperation;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client's mistake is a 4xx in the contract's error shape, never a 5xx. Requests no HTTP client
 * would send are in {@link MalformedRequestsTest}.
 */
class ClientMistakesTest {

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().build();

    private static final MockHttp http = new MockHttp(mock::server);

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
    void aWrongMethodIs405WithAllow(String method, @ArrangedOperation(status = "Running") UUID id) {
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
    void anAnswerNobodyAcceptsIs406(@ArrangedOperation(status = "Running") UUID id) {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void oversizedHeadersAre431(@ArrangedOperation(status = "Running") UUID id) {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("X-Filler", "a".repeat(20_000)).GET().build());

        assertThat(response.statusCode()).isEqualTo(431);
    }

    @Test
    void headersOverGrizzlysOwnLimitAre400(@ArrangedOperation(status = "Running") UUID id) {
        HttpResponse<String> response =
                http.send(http.api("/batches/" + id).header("X-Filler", "a".repeat(100_000)).GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void tooManyHeaderFieldsAre4xx(@ArrangedOperation(status = "Running") UUID id) {
        HttpRequest.Builder request = http.api("/batches/" + id);
        for (int i = 0; i < 150; i++) {
            request.header("X-Field-" + i, "v");
        }

        assertThat(http.send(request.GET().build()).statusCode()).isBetween(400, 499);
    }

    /** The limit is MockServer.MAX_REQUEST_HEADER_FIELDS, the client's own fields included. */
    @Test
    void headerFieldsUnderTheLimitAreServed(@ArrangedOperation(status = "Running") UUID id) {
        HttpRequest.Builder request = http.api("/batches/" + id);
        for (int i = 0; i < MockServer.MAX_REQUEST_HEADER_FIELDS - 20; i++) {
            request.header("X-Field-" + i, "v");
        }

        assertThat(http.send(request.GET().build()).statusCode()).isEqualTo(200);
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
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The check every other test relies on must itself catch what breaks the contract. */
class ContractCheckTest {

    private static final URI OPERATION =
            URI.create("http://127.0.0.1:1" + MockServer.BASE_PATH + "/batches/727bf148-f327-47a0-9481-abae6362f11e");
    private static final String GOOD =
            """
            {"id":"727bf148-f327-47a0-9481-abae6362f11e","createdDateTimeUtc":"2020-03-26T00:00:00Z",
             "lastActionDateTimeUtc":"2020-03-26T00:10:00Z","status":"Cancelling",
             "summary":{"total":10,"failed":1,"success":4,"inProgress":2,"notYetStarted":0,
                        "cancelled":3,"totalCharacterCharged":48210}}""";

    @Test
    void acceptsTheSpecsOwnExample() {
        ContractCheck.assertConforms("DELETE", OPERATION, response(200, GOOD));
    }

    @Test
    void refusesTheSpellingCanceled() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET", OPERATION, response(200, GOOD.replace("Cancelling", "Canceled"))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesAMissingRequiredMember() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET", OPERATION, response(200, GOOD.replace("\"cancelled\":3,", ""))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesASummaryThatDoesNotAddUp() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET", OPERATION, response(200, GOOD.replace("\"total\":10", "\"total\":11"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("total");
    }

    @Test
    void refusesAnUnknownMember() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET", OPERATION, response(200, GOOD.replace("{\"id\"", "{\"extra\":1,\"id\""))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesAnUndeclaredErrorCodeShapeOutsideOperations() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET",
                                        URI.create("http://127.0.0.1:1/nowhere"),
                                        response(404, "{\"message\":\"not found\"}")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesA5xxOutsideOperations() {
        assertThatThrownBy(
                        () ->
                                ContractCheck.assertConforms(
                                        "GET",
                                        URI.create("http://127.0.0.1:1/nowhere"),
                                        response(200, "{}")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theErrorShapeNeedsCodeAndMessage() {
        assertThat(ContractCheck.errorShapeReport("{\"error\":{\"code\":\"InvalidRequest\"}}").hasErrors())
                .isTrue();
        assertThat(
                        ContractCheck.errorShapeReport(
                                        "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"no\"}}")
                                .hasErrors())
                .isFalse();
    }

    private static HttpResponse<String> response(int status, String body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(
                        Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return null;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}

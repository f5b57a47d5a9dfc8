package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /_states: Pact's state-change convention with the contract's exact state names. */
class ProviderStatesTest {

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().build();

    private static final MockHttp http = new MockHttp(mock::server);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NotStarted", "Running", "Succeeded", "Failed", "Cancelled", "Cancelling", "ValidationFailed"
            })
    void aTranslationOperationExistsInTheAskedStatus(String status) {
        UUID id =
                http.stateId(
                        "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"" + status
                                + "\"},\"action\":\"setup\"}");

        assertThat(Bodies.status(http.get(id))).isEqualTo(status);
    }

    @Test
    void countsMayComeAsNumbersOrStringsAndTheActionMayBeLeftOut() {
        UUID id =
                http.stateId(
                        "{\"state\":\"a translation operation exists\","
                                + "\"params\":{\"status\":\"Running\",\"total\":\"20\",\"success\":5,\"failed\":\"2\"}}");

        JsonNode summary = Bodies.summary(http.get(id));
        assertThat(summary.path("total").asInt()).isEqualTo(20);
        assertThat(summary.path("success").asInt()).isEqualTo(5);
        assertThat(summary.path("failed").asInt()).isEqualTo(2);
    }

    @Test
    void anArrangedOperationMovesOnlyThroughCancel() {
        UUID id =
                http.stateId(
                        "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}");

        assertThat(http.cancel(id).statusCode()).isEqualTo(200);
        assertThat(Bodies.status(http.get(id))).isIn("Cancelling", "Cancelled");
    }

    @Test
    void countsThatCannotAddUpAre400NamingTheParameter() {
        HttpResponse<String> response =
                http.state(
                        "{\"state\":\"a translation operation exists\","
                                + "\"params\":{\"status\":\"Succeeded\",\"total\":3,\"success\":0}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorCode(response)).isEqualTo("InvalidArgument");
        assertThat(Bodies.errorTarget(response)).isEqualTo("params.success");
    }

    @ParameterizedTest
    @CsvSource({
        "requests are throttled,     count,             -1",
        "requests are throttled,     retryAfterSeconds, 86401",
        "the service is unavailable, count,             -5",
        "the service is unavailable, retryAfterSeconds, -1"
    })
    void aFaultBurstOutOfRangeIs400NamingTheParameter(String state, String param, int value) {
        HttpResponse<String> response =
                http.state("{\"state\":\"" + state + "\",\"params\":{\"" + param + "\":" + value + "}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorCode(response)).isEqualTo("InvalidArgument");
        assertThat(Bodies.errorTarget(response)).isEqualTo("params." + param);
    }

    @Test
    void theStatusParamIsRequired() {
        HttpResponse<String> response =
                http.state("{\"state\":\"a translation operation exists\",\"params\":{}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorTarget(response)).isEqualTo("params.status");
    }

    @Test
    void teardownForgetsTheArrangedOperations() {
        String state =
                "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}";
        UUID id = http.stateId(state + ",\"action\":\"setup\"}");

        assertThat(http.state(state + ",\"action\":\"teardown\"}").statusCode()).isEqualTo(200);

        assertThat(http.get(id).statusCode()).isEqualTo(404);
    }

    @Test
    void noTranslationOperationExistsGivesAnIdTheProviderDoesNotKnow() {
        UUID id = http.stateId("{\"state\":\"no translation operation exists\",\"action\":\"setup\"}");

        assertThat(http.get(id).statusCode()).isEqualTo(404);
        assertThat(http.cancel(id).statusCode()).isEqualTo(404);
    }

    @Test
    void requestsAreThrottledAnswersTheNextCountRequestsWith429AndRetryAfter() {
        UUID id = mock.operations().arrange("Running");
        HttpResponse<String> setup =
                http.state(
                        "{\"state\":\"requests are throttled\",\"params\":{\"retryAfterSeconds\":7,\"count\":2}}");
        assertThat(setup.statusCode()).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> throttled = http.get(id);
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(Bodies.errorCode(throttled)).isEqualTo("RequestRateTooHigh");
        }
        assertThat(http.get(id).statusCode()).isEqualTo(200);
    }

    @Test
    void requestsAreThrottledDefaultsToOneRequestAndOneSecond() {
        UUID id = mock.operations().arrange("Running");
        http.state("{\"state\":\"requests are throttled\",\"action\":\"setup\"}");

        HttpResponse<String> throttled = http.cancel(id);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(Bodies.status(http.get(id))).as("a throttled cancel cancels nothing").isEqualTo("Running");
    }

    @Test
    void teardownOfThrottlingEndsIt() {
        UUID id = mock.operations().arrange("Running");
        http.state("{\"state\":\"requests are throttled\",\"params\":{\"count\":5}}");

        http.state("{\"state\":\"requests are throttled\",\"action\":\"teardown\"}");

        assertThat(http.get(id).statusCode()).isEqualTo(200);
    }

    @Test
    void theStatesEndpointItselfIsNeverThrottledAndNeedsNoKey() {
        http.state("{\"state\":\"requests are throttled\",\"params\":{\"count\":5}}");

        assertThat(http.state("{\"state\":\"no translation operation exists\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownStateIs501InTheErrorShape() {
        HttpResponse<String> response = http.state("{\"state\":\"the moon is full\"}");

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(Bodies.errorTarget(response)).isEqualTo("state");
    }

    @Test
    void malformedStateRequestsAre400() {
        assertThat(http.state("not json").statusCode()).isEqualTo(400);
        assertThat(http.state("[]").statusCode()).isEqualTo(400);
        assertThat(http.state("{\"params\":{}}").statusCode()).isEqualTo(400);
        assertThat(http.state("{\"state\":\"no translation operation exists\",\"action\":\"both\"}").statusCode())
                .isEqualTo(400);
        assertThat(http.state("{\"state\":\"no translation operation exists\",\"params\":[]}").statusCode())
                .isEqualTo(400);
    }

    /**
     * The control route's bodies are compact JSON as every other answer, in a fixed order: written
     * by the mock's one mapper, not by a JSON provider of Jersey's, which the mock does not have.
     */
    @Test
    void theControlRoutesAnswersAreCompactJsonInAFixedOrder() {
        HttpResponse<String> listing = http.send(http.raw(MockServer.STATES_PATH).GET().build());
        HttpResponse<String> teardown = http.send(http.raw(MockServer.STATES_PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\": \"requests are throttled\", \"action\": \"teardown\"}"))
                .build());

        assertThat(listing.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(listing.body()).isEqualTo("{\"states\":{"
                + "\"a translation operation exists\":{\"params\":[\"status\",\"total\",\"success\",\"failed\"]},"
                + "\"no translation operation exists\":{\"params\":[]},"
                + "\"requests are throttled\":{\"params\":[\"retryAfterSeconds\",\"count\"]},"
                + "\"the service is unavailable\":{\"params\":[\"retryAfterSeconds\",\"count\"]},"
                + "\"responses are slow\":{\"params\":[\"latencyMs\"]}}}");
        assertThat(teardown.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(teardown.body()).isEqualTo("{}");
    }

    @Test
    void theStatesAreListed() {
        HttpResponse<String> listing = http.send(http.raw(MockServer.STATES_PATH).GET().build());

        assertThat(Bodies.read(listing).path("states").fieldNames())
                .toIterable()
                .contains(
                        "a translation operation exists",
                        "no translation operation exists",
                        "requests are throttled");
    }

    @Test
    void theServiceIsUnavailableAnswers503WithRetryAfter() {
        UUID id = mock.operations().arrange("Running");
        http.state("{\"state\":\"the service is unavailable\",\"params\":{\"count\":1,\"retryAfterSeconds\":3}}");

        HttpResponse<String> response = http.get(id);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(Bodies.errorCode(response)).isEqualTo("ServiceUnavailable");
        assertThat(http.get(id).statusCode()).isEqualTo(200);
    }

    @Test
    void responsesAreSlowAddsLatencyUntilTeardown() {
        UUID id = mock.operations().arrange("Running");
        http.state("{\"state\":\"responses are slow\",\"params\":{\"latencyMs\":300}}");

        long started = System.nanoTime();
        http.get(id);
        long slowMillis = (System.nanoTime() - started) / 1_000_000;
        http.state("{\"state\":\"responses are slow\",\"action\":\"teardown\"}");

        assertThat(slowMillis).isGreaterThanOrEqualTo(300);
        HttpRequest quick = http.api("/batches/" + id).GET().build();
        long again = System.nanoTime();
        http.send(quick);
        assertThat((System.nanoTime() - again) / 1_000_000).isLessThan(300);
    }
}

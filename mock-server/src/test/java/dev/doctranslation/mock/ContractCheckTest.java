package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check every other test relies on must itself catch what breaks the contract. */
class ContractCheckTest {

    private static final String OPERATION = MockServer.BASE_PATH + "/batches/727bf148-f327-47a0-9481-abae6362f11e";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final String GOOD =
            """
            {"id":"727bf148-f327-47a0-9481-abae6362f11e","createdDateTimeUtc":"2020-03-26T00:00:00Z",
             "lastActionDateTimeUtc":"2020-03-26T00:10:00Z","status":"Cancelling",
             "summary":{"total":10,"failed":1,"success":4,"inProgress":2,"notYetStarted":0,
                        "cancelled":3,"totalCharacterCharged":48210}}""";
    private static final String ERROR = "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}";
    private static final String AZURE_OPERATION =
            "/translator/document/batches/727bf148-f327-47a0-9481-abae6362f11e?api-version=2024-05-01";
    private static final String AZURE_ERROR =
            "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"gone\",\"target\":\"Operation\"}}";
    private static final Map<String, List<String>> AZURE_HEADERS = Map.of("Content-Type", List.of("application/json"),
            "x-ms-error-code", List.of("ResourceNotFound"));

    @Test
    void acceptsTheSpecsOwnExampleAndReturnsTheTypedStatus() {
        TranslationStatus status = ContractCheck.assertConforms("DELETE", OPERATION, 200, JSON, bytes(GOOD));

        assertThat(status.getSummary().getTotal()).isEqualTo(10);
    }

    @Test
    void acceptsAnErrorBodyOutsideTheOperations() {
        ContractCheck.assertConforms("GET", "/nowhere", 404, JSON, bytes(ERROR));
    }

    @Test
    void refusesTheSpellingCanceledAlthoughItIsOnlyAShould() {
        assertRefused("GET", OPERATION, 200, JSON, GOOD.replace("Cancelling", "Canceled"), "SHOULD status.spelling");
    }

    @Test
    void refusesAnUnknownMemberAlthoughItIsOnlyAShould() {
        assertRefused("GET", OPERATION, 200, JSON, GOOD.replace("{\"id\"", "{\"extra\":1,\"id\""),
                "SHOULD body.unknown-property");
    }

    @Test
    void refusesAMissingRequiredMember() {
        assertRefused("GET", OPERATION, 200, JSON, GOOD.replace("\"cancelled\":3,", ""), "MUST body.schema");
    }

    @Test
    void refusesASummaryThatDoesNotAddUp() {
        assertRefused("GET", OPERATION, 200, JSON, GOOD.replace("\"total\":10", "\"total\":11"),
                "MUST summary.arithmetic");
    }

    @Test
    void refusesATerminalStatusWithWorkLeft() {
        assertRefused("GET", OPERATION, 200, JSON, GOOD.replace("Cancelling", "Cancelled"), "MUST terminal.settled");
    }

    @Test
    void refusesAnAnswerThatIsNotJson() {
        assertRefused("DELETE", OPERATION, 200, Map.of("Content-Type", List.of("text/html")), "<html></html>",
                "MUST content-type.json");
    }

    @Test
    void refusesARetryAfterThatIsNeitherSecondsNorADate() {
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
                "Retry-After", List.of("soon"));
        String throttled = "{\"error\":{\"code\":\"RequestRateTooHigh\",\"message\":\"slow down\"}}";

        assertRefused("GET", OPERATION, 429, headers, throttled, "MUST header.schema");
    }

    @Test
    void refusesAnErrorBodyWithoutTheWrapperOutsideTheOperations() {
        assertRefused("GET", "/nowhere", 404, JSON, "{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}",
                "MUST body.schema");
    }

    @Test
    void refusesAnUndeclaredErrorOfAnOperationWithoutTheErrorBody() {
        assertRefused("GET", OPERATION, 406, JSON, "{}", "MUST body.schema");
    }

    @Test
    void refusesASuccessOutsideTheOperations() {
        assertRefused("GET", "/nowhere", 200, JSON, ERROR, "expected a 4xx");
    }

    @Test
    void refusesA5xxOutsideTheOperations() {
        assertRefused("PUT", OPERATION, 500, JSON, ERROR, "expected a 4xx");
    }

    @Test
    void judgesTheV1RoutesAsThePreview() {
        String v10 = "/translator/text/batch/v1.0/batches/727bf148-f327-47a0-9481-abae6362f11e";

        ContractCheck.assertConforms("GET", v10, 200, JSON, bytes(GOOD));
        assertRefused("GET", v10, 200, JSON, GOOD.replace("Cancelling", "Canceled"), "SHOULD status.spelling");
        assertRefused("DELETE", v10.replace("v1.0", "v1.1"), 400, JSON,
                "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"no\",\"innererror\":{\"code\":\"X\"}}}",
                "SHOULD body.unknown-property");
    }

    @Test
    void acceptsAnAzureCoreErrorWithItsHeaderOnThe2024Route() {
        ContractCheck.assertConforms("GET", AZURE_OPERATION, 404, AZURE_HEADERS, bytes(AZURE_ERROR));
        ContractCheck.assertConforms("GET", "/translator/document/nowhere", 404, AZURE_HEADERS, bytes(AZURE_ERROR));
    }

    @Test
    void judgesThe2024RoutesStatusAsThePreviews() {
        ContractCheck.assertConforms("GET", AZURE_OPERATION, 200, JSON, bytes(GOOD));
        assertRefused("GET", AZURE_OPERATION, 200, JSON, GOOD.replace("\"total\":10", "\"total\":11"),
                "MUST summary.arithmetic");
    }

    @Test
    void refusesAnAzureCoreErrorWithoutTheErrorCodeHeaderOrWithAnotherCodeInIt() {
        assertRefused("GET", AZURE_OPERATION, 404, JSON, AZURE_ERROR, "no x-ms-error-code header");
        assertRefused("GET", AZURE_OPERATION, 404, Map.of("Content-Type", List.of("application/json"),
                "x-ms-error-code", List.of("NotFound")), AZURE_ERROR, "is not the body's code");
    }

    @Test
    void refusesTheV1InnerErrorAndUndeclaredMembersOnThe2024Route() {
        assertRefused("DELETE", AZURE_OPERATION, 400, Map.of("Content-Type", List.of("application/json"),
                        "x-ms-error-code", List.of("InvalidRequest")),
                "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"no\",\"innerError\":{\"code\":\"X\"}}}",
                "does not declare: innerError");
        assertRefused("GET", AZURE_OPERATION, 404, AZURE_HEADERS,
                "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"gone\"},\"extra\":1}", "alone");
    }

    @Test
    void refusesAThrottledAzureCoreAnswerWithoutRetryAfter() {
        assertRefused("GET", AZURE_OPERATION, 429, Map.of("Content-Type", List.of("application/json"),
                        "x-ms-error-code", List.of("RequestRateTooHigh")),
                "{\"error\":{\"code\":\"RequestRateTooHigh\",\"message\":\"slow down\"}}", "Retry-After");
    }

    @Test
    void theHistoryRefusesACountThatGoesDownBetweenOrderedObservations() throws IOException {
        OperationHistory history = new OperationHistory();
        history.assertObserved(status(GOOD), 0, 1);

        assertThatThrownBy(() -> history.assertObserved(status(GOOD.replace("\"success\":4", "\"success\":3")
                        .replace("\"cancelled\":3", "\"cancelled\":4")), 2, 3))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("transition.success-kept");
    }

    @Test
    void theHistoryDoesNotOrderOverlappingObservations() throws IOException {
        OperationHistory history = new OperationHistory();
        history.assertObserved(status(GOOD), 0, 10);

        history.assertObserved(status(GOOD.replace("2020-03-26T00:10:00Z", "2020-03-26T00:05:00Z")), 5, 15);

        assertThat(history.pairsChecked()).isZero();
    }

    private static void assertRefused(
            String method, String path, int status, Map<String, List<String>> headers, String body, String expected) {
        assertThatThrownBy(() -> ContractCheck.assertConforms(method, path, status, headers, bytes(body)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expected);
    }

    private static TranslationStatus status(String json) throws IOException {
        return ContractJson.newMapper().readValue(json, TranslationStatus.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one writer of error bodies; every layer's answers are checked end to end in the other tests. */
class ContractErrorTest {

    @Test
    void theBodyHasTheContractsShapeWithNoNullMembers() throws Exception {
        JsonNode body = read(ContractError.forStatus(400, "bad id").body());

        assertThat(body.toString())
                .isEqualTo("{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"bad id\"}}");
    }

    @Test
    void targetAndInnerErrorAreWrittenWhenGivenAndTheInnerErrorHasNoEmptyDetails() throws Exception {
        ContractError error = ContractError.forStatus(400, "no")
                .withTarget("Operation")
                .withInnerError("InvalidOperationState", "already done");

        JsonNode body = read(error.body()).path("error");

        assertThat(body.path("target").asText()).isEqualTo("Operation");
        assertThat(body.path("innerError").toString())
                .isEqualTo("{\"code\":\"InvalidOperationState\",\"message\":\"already done\"}");
    }

    @Test
    void asJerseysAnswerItKeepsItsStatusAndIsJson() {
        Response response = ContractError.forStatus(414, "long").response();

        assertThat(response.getStatus()).isEqualTo(414);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        assertThat(new String((byte[]) response.getEntity(), StandardCharsets.UTF_8)).contains("\"long\"");
    }

    @ParameterizedTest
    @CsvSource({
        "400, InvalidRequest", "401, Unauthorized", "404, ResourceNotFound", "405, InvalidRequest",
        "429, RequestRateTooHigh", "500, InternalServerError", "503, ServiceUnavailable", "505, InternalServerError"
    })
    void aBareStatusGetsTheNearestCode(int status, String code) {
        assertThat(ContractError.forStatus(status, "m").code().toString()).isEqualTo(code);
    }

    @Test
    void inTheAzureCoreEnvelopeTheInnerErrorIsLowerCaseWithACodeOnlyAndTheCodeIsInTheHeader() throws Exception {
        ContractError error = ContractError.forStatus(400, "no")
                .withTarget("Operation")
                .withInnerError("InvalidOperationState", "already done");

        assertThat(read(error.body(ErrorEnvelope.AZURE_CORE)).toString()).isEqualTo(
                "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"no\",\"target\":\"Operation\","
                        + "\"innererror\":{\"code\":\"InvalidOperationState\"}}}");
        Response response = error.response(ErrorEnvelope.AZURE_CORE);
        assertThat(response.getHeaderString(ContractError.ERROR_CODE_HEADER)).isEqualTo("InvalidRequest");
        assertThat(error.response().getHeaderString(ContractError.ERROR_CODE_HEADER)).isNull();
    }

    @Test
    void anAzureCodeReplacesTheCodeInTheAzureCoreEnvelopeOnly() throws Exception {
        ContractError error = ContractError.forStatus(400, "which version?").withAzureCode("MissingApiVersionParameter");

        assertThat(read(error.body(ErrorEnvelope.AZURE_CORE)).path("error").path("code").asText())
                .isEqualTo("MissingApiVersionParameter");
        assertThat(read(error.body()).path("error").path("code").asText()).isEqualTo("InvalidRequest");
        assertThat(error.response(ErrorEnvelope.AZURE_CORE).getHeaderString(ContractError.ERROR_CODE_HEADER))
                .isEqualTo("MissingApiVersionParameter");
    }

    private static JsonNode read(byte[] body) throws Exception {
        return Json.MAPPER.readTree(body);
    }
}

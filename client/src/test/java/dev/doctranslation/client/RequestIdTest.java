package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The id an answer carries for support: on responses, on exceptions and in what the listener sees. */
class RequestIdTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);

    /** The live service sends both; the gateway's comes first. */
    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aResponseGivesTheGatewaysIdBeforeTheServices(ServiceVersion version) {
        enqueue(200, Bodies.status("Running"), "apim-request-id", "apim-1", "X-RequestId", "service-1");

        Response<TranslationStatus> response = builder().serviceVersion(version).build().getTranslationStatusWithResponse(ID);

        assertThat(response.requestId()).contains("apim-1");
    }

    @Test
    void theServicesIdServesWhenTheGatewaysIsMissing() {
        enqueue(200, Bodies.status("Cancelling"), "x-requestid", "service-2");

        assertThat(client().cancelTranslationWithResponse(ID).requestId()).contains("service-2");
    }

    @Test
    void anAnswerWithNeitherHasNoId() {
        enqueue(200, Bodies.status("Cancelling"), "apim-request-id", " ");

        assertThat(client().cancelTranslationWithResponse(ID).requestId()).isEmpty();
    }

    @Test
    void anExceptionKeepsTheIdOfTheAnswerItReports() {
        enqueue(503, Bodies.error("ServiceUnavailable", "first"), "apim-request-id", "attempt-1");
        enqueue(503, Bodies.error("ServiceUnavailable", "second"), "apim-request-id", "attempt-2");
        DocumentTranslationClient client = builder().retryOptions(RetryOptions.defaults().withMaxRetries(1)).build();

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> client.getTranslationStatus(ID));

        assertThat(e.requestId()).contains("attempt-2");
    }

    @Test
    void aMalformedSuccessAndAStrictModeRejectionKeepTheIdToo() {
        enqueue(200, "{\"id\": ", "apim-request-id", "malformed-1");
        enqueue(200, Bodies.status("Running"), "X-RequestId", "strict-1");

        MalformedResponseException malformed = catchThrowableOfType(MalformedResponseException.class,
                () -> client().getTranslationStatus(ID));
        InvalidResponseException rejected = catchThrowableOfType(InvalidResponseException.class,
                () -> builder().strict(answer -> List.of("rejected for the test")).build().getTranslationStatus(ID));

        assertThat(malformed.requestId()).contains("malformed-1");
        assertThat(rejected.requestId()).contains("strict-1");
    }

    @Test
    void failuresWithoutAnAnswerHaveNoId() {
        DocumentTranslationClient client = DocumentTranslationClient.builder().endpoint("http://127.0.0.1:1")
                .subscriptionKey(KEY).retryOptions(RetryOptions.none()).build();

        ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
                () -> client.getTranslationStatus(ID));

        assertThat(e.requestId()).isEmpty();
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.responseError()).isEmpty();
    }

    @Test
    void theListenerSeesEachAttemptsId() {
        enqueue(500, Bodies.error("InternalServerError", "x"), "apim-request-id", "attempt-1");
        enqueue(200, Bodies.status("Running"), "X-RequestId", "attempt-2");
        List<ObservedExchange> seen = new ArrayList<>();

        builder().exchangeListener(seen::add).build().getTranslationStatus(ID);

        assertThat(seen).extracting(ObservedExchange::requestId)
                .containsExactly(java.util.Optional.of("attempt-1"), java.util.Optional.of("attempt-2"));
    }
}

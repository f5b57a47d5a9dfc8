package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 2024-05-01 answers errors in Azure Core's envelope (declared statuses and its {@code default}
 * alike); they read into the same exception types as the v1.x errors, with details, the innererror
 * chain, the x-ms-error-code header and the request id kept.
 */
class AzureCoreErrorTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, "InvalidRequest", BadRequestException.class),
                Arguments.of(401, "Unauthorized", UnauthorizedException.class),
                Arguments.of(404, "ResourceNotFound", OperationNotFoundException.class),
                Arguments.of(429, "RequestRateTooHigh", ThrottledException.class),
                Arguments.of(500, "InternalServerError", ServiceException.class),
                Arguments.of(503, "ServiceUnavailable", ServiceException.class),
                // Statuses the spec leaves to its `default` response.
                Arguments.of(403, "Forbidden", DocumentTranslationException.class),
                Arguments.of(409, "Conflict", DocumentTranslationException.class),
                Arguments.of(502, "BadGateway", ServiceException.class));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("statuses")
    void eachStatusGivesItsExceptionWithTheAzureCoreError(int status, String code, Class<?> type) {
        enqueue(status, AzureCoreBodies.error(code, "it went wrong"), "x-ms-error-code", code,
                "apim-request-id", "apim-" + status);

        DocumentTranslationException e = catchThrowableOfType(DocumentTranslationException.class,
                () -> client2024().cancelTranslation(ID));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errorCode()).contains(code);
        assertThat(e.errorCodeHeader()).contains(code);
        assertThat(e.requestId()).contains("apim-" + status);
        assertThat(e.responseError()).hasValueSatisfying(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.message()).isEqualTo("it went wrong");
            assertThat(error.details()).isEmpty();
        });
        assertThat(e.error()).get().extracting(TranslationError::getCode).isEqualTo(TranslationErrorCode.fromValue(code));
        assertThat(e.getMessage()).isEqualTo("DELETE /translator/document/batches/" + Bodies.ID
                + "?api-version=2024-05-01 answered " + status + " " + code + ": it went wrong");
    }

    @Test
    void detailsAndTheInnerErrorChainAreKept() {
        enqueue(400, AzureCoreBodies.FULL, "x-ms-error-code", "InvalidRequest");

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client2024().getTranslationStatus(ID));

        ResponseError error = e.responseError().orElseThrow();
        assertThat(error.target()).contains("request");
        assertThat(e.details()).hasSize(2);
        ResponseError first = e.details().get(0);
        assertThat(first.code()).isEqualTo("InvalidArgument");
        assertThat(first.target()).contains("api-version");
        assertThat(first.details()).singleElement().satisfies(nested -> {
            assertThat(nested.code()).isEqualTo("UnsupportedValue");
            assertThat(nested.message()).isEqualTo("2099-01-01 is not a version.");
        });
        assertThat(e.details().get(1).code()).isEqualTo("SomethingNoSpecLists");
        ResponseInnerError inner = e.innerError().orElseThrow();
        assertThat(inner.code()).contains("InvalidOperationState");
        assertThat(inner.message()).isEmpty();
        assertThat(inner.innerError().flatMap(ResponseInnerError::code)).contains("AlreadyCancelling");
        assertThat(inner.innerError().flatMap(ResponseInnerError::innerError)).isEmpty();
        // The v1.x view of the same error: code, message, target and the inner codes.
        TranslationError v1 = e.error().orElseThrow();
        assertThat(v1.getCode()).isEqualTo(TranslationErrorCode.INVALID_REQUEST);
        assertThat(v1.getTarget()).isEqualTo("request");
        assertThat(v1.getInnerError().getCode()).isEqualTo("InvalidOperationState");
        assertThat(v1.getInnerError().getInnerError().getCode()).isEqualTo("AlreadyCancelling");
    }

    /** Azure Core codes are free text: one no spec lists is kept as sent, and the v1.x view says unknown. */
    @Test
    void anUnknownCodeStillDecodes() {
        enqueue(409, AzureCoreBodies.error("OperationLockedByAnotherCaller", "locked"));

        DocumentTranslationException e = catchThrowableOfType(DocumentTranslationException.class,
                () -> client2024().cancelTranslation(ID));

        assertThat(e.errorCode()).contains("OperationLockedByAnotherCaller");
        assertThat(e.errorCodeHeader()).isEmpty();
        assertThat(e.error()).get().extracting(TranslationError::getCode)
                .isEqualTo(TranslationErrorCode.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(e.getMessage()).endsWith("answered 409 OperationLockedByAnotherCaller: locked");
    }

    /** A gateway's page carries no envelope; the header still says the code, and the type still follows the status. */
    @Test
    void withoutAnEnvelopeTheHeaderStillGivesTheCode() {
        enqueue(503, "<html><body>Service Unavailable</body></html>", "x-ms-error-code", "ServiceUnavailable",
                "X-RequestId", "x-req-1");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> client2024().cancelTranslation(ID));

        assertThat(e.responseError()).isEmpty();
        assertThat(e.error()).isEmpty();
        assertThat(e.details()).isEmpty();
        assertThat(e.innerError()).isEmpty();
        assertThat(e.errorCode()).contains("ServiceUnavailable");
        assertThat(e.requestId()).contains("x-req-1");
        assertThat(e.getMessage()).contains("with a body that is not the documented error: '<html>");
    }

    @Test
    void throttlingKeepsRetryAfterAndTheEnvelope() {
        enqueue(429, AzureCoreBodies.error("RequestRateTooHigh", "slow down"), "Retry-After", "4",
                "x-ms-error-code", "RequestRateTooHigh");

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client2024().cancelTranslation(ID));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(4));
        assertThat(e.errorCode()).contains("RequestRateTooHigh");
    }

    /** The v1.x envelope reads into the same accessors: no details, inner errors with their messages. */
    @Test
    void theV1EnvelopeFillsTheSameAccessors() {
        enqueue(500, Bodies.PAGE_500, "apim-request-id", "apim-v1");
        DocumentTranslationClient client = builder().serviceVersion(ServiceVersion.V1_0)
                .retryOptions(RetryOptions.none()).build();

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> client.getTranslationStatus(ID));

        assertThat(e.errorCode()).contains("InternalServerError");
        assertThat(e.errorCodeHeader()).isEmpty();
        assertThat(e.requestId()).contains("apim-v1");
        assertThat(e.details()).isEmpty();
        assertThat(e.responseError().flatMap(ResponseError::target)).contains("Operation");
        assertThat(e.innerError()).hasValueSatisfying(inner -> {
            assertThat(inner.code()).contains("InternalServerError");
            assertThat(inner.message()).contains("Unexpected internal server error has occurred");
        });
    }

    /** The v1.x envelope's lower-case twin is not its shape: a v1.x client does not read Azure Core's innererror. */
    @Test
    void eachVersionReadsItsOwnEnvelope() {
        enqueue(400, AzureCoreBodies.FULL);
        DocumentTranslationClient client = builder().serviceVersion(ServiceVersion.V1_1)
                .retryOptions(RetryOptions.none()).build();

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.cancelTranslation(ID));

        assertThat(e.errorCode()).contains("InvalidRequest");
        assertThat(e.innerError()).isEmpty();
        assertThat(e.details()).isEmpty();
    }

    private DocumentTranslationClient client2024() {
        return builder().serviceVersion(ServiceVersion.V2024_05_01).retryOptions(RetryOptions.none()).build();
    }
}

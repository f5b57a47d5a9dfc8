package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends ClientTestBase {

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, "InvalidRequest", BadRequestException.class),
                Arguments.of(401, "Unauthorized", UnauthorizedException.class),
                Arguments.of(404, "ResourceNotFound", OperationNotFoundException.class),
                Arguments.of(429, "RequestRateTooHigh", ThrottledException.class),
                Arguments.of(500, "InternalServerError", ServiceException.class),
                Arguments.of(503, "ServiceUnavailable", ServiceException.class),
                Arguments.of(502, "InternalServerError", ServiceException.class),
                Arguments.of(504, "InternalServerError", ServiceException.class),
                Arguments.of(501, "InternalServerError", ServiceException.class),
                // Retried like a 5xx and, once retries are spent, reported as one: the server side gave up.
                Arguments.of(408, "RequestTimeout", ServiceException.class),
                Arguments.of(409, "InvalidRequest", DocumentTranslationException.class));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("statuses")
    void eachStatusGivesItsExceptionWithTheDecodedError(int status, String code, Class<?> type) {
        enqueue(status, Bodies.error(code, "it went wrong"));
        DocumentTranslationClient client = builder().retryOptions(RetryOptions.none()).build();

        DocumentTranslationException e = catchThrowableOfType(DocumentTranslationException.class,
                () -> client.cancelTranslation(UUID.fromString(Bodies.ID)));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.error()).get().extracting(TranslationError::getCode).isEqualTo(TranslationErrorCode.fromValue(code));
        assertThat(e.getMessage()).isEqualTo("DELETE /translator/text/batch/v1.0-preview.1/batches/" + Bodies.ID
                + " answered " + status + " " + code + ": it went wrong");
    }

    @Test
    void theSeedPagesErrorExampleDecodesWithItsInnerError() {
        enqueue(500, Bodies.PAGE_500);
        DocumentTranslationClient client = builder().retryOptions(RetryOptions.none()).build();

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> client.getTranslationStatus(UUID.fromString(Bodies.ID)));

        TranslationError error = e.error().orElseThrow();
        assertThat(error.getCode()).isEqualTo(TranslationErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(error.getMessage()).isEqualTo("Internal Server Error");
        assertThat(error.getTarget()).isEqualTo("Operation");
        assertThat(error.getInnerError().getCode()).isEqualTo("InternalServerError");
        assertThat(error.getInnerError().getMessage()).isEqualTo("Unexpected internal server error has occurred");
    }

    @Test
    void aDeepInnerErrorChainIsKeptWhole() {
        enqueue(400, """
                {"error": {"code": "InvalidRequest", "message": "m0", "target": "Operation",
                  "innerError": {"code": "c1", "message": "m1", "details": {"k": "v"},
                    "innerError": {"code": "c2", "message": "m2", "target": "t2",
                      "innerError": {"code": "c3", "message": "m3"}}}}}""");

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client().cancelTranslation(UUID.fromString(Bodies.ID)));

        InnerTranslationError first = e.error().orElseThrow().getInnerError();
        assertThat(first.getDetails()).containsEntry("k", "v");
        assertThat(first.getInnerError().getTarget()).isEqualTo("t2");
        assertThat(first.getInnerError().getInnerError().getMessage()).isEqualTo("m3");
    }

    @Test
    void anUnknownErrorCodeStillDecodesAndIsShownAsSent() {
        enqueue(400, Bodies.error("OperationLocked", "try later"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client().cancelTranslation(UUID.fromString(Bodies.ID)));

        assertThat(e.error().orElseThrow().getCode()).isEqualTo(TranslationErrorCode.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(e.getMessage()).endsWith("answered 400 OperationLocked: try later");
    }

    @Test
    void aBodyThatIsNotTheErrorShapeStillGivesTheRightTypeWithATruncatedExcerpt() {
        String html = "<html><body>" + "Gateway says no. ".repeat(40) + "</body></html>";
        enqueue(404, html);

        OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
                () -> client().getTranslationStatus(UUID.fromString(Bodies.ID)));

        assertThat(e.error()).isEmpty();
        assertThat(e.getMessage()).contains("answered 404 with a body that is not the documented error: '<html><body>Gateway")
                .contains("... (" + html.length() + " bytes)");
        assertThat(e.getMessage().length()).isLessThan(400);
    }

    @Test
    void aKeyThatTheExcerptWouldCutIsTakenOutWholeNotHalfShown() {
        // The key starts 10 characters before the excerpt ends.
        String page = "<html>" + "x".repeat(ErrorMapper.EXCERPT_CHARS - "<html>".length() - 10) + KEY + "</html>";
        enqueue(502, page);
        DocumentTranslationClient client = builder().retryOptions(RetryOptions.none()).build();

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> client.getTranslationStatus(UUID.fromString(Bodies.ID)));

        assertThat(e.getMessage()).doesNotContain(KEY.substring(0, 10)).contains("xxx[reda")
                .endsWith("... (" + page.length() + " bytes)'");
    }

    @Test
    void anIndentedPageIsQuotedOnOneLineWithItsWhitespaceFolded() {
        enqueue(404, "\r\n<html>\r\n  <head>\r\n\t<title>404</title>\r\n  </head>\u0007</html>\r\n");

        OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
                () -> client().getTranslationStatus(UUID.fromString(Bodies.ID)));

        assertThat(e.getMessage()).endsWith("not the documented error: '<html> <head> <title>404</title> </head>?</html>'");
    }

    @Test
    void anEmptyErrorBodyIsSaidToBeEmpty() {
        enqueue(401, "");

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> client().getTranslationStatus(UUID.fromString(Bodies.ID)));

        assertThat(e.getMessage()).endsWith("answered 401 with a body that is not the documented error: (empty body)");
    }

    @Test
    void aSuccessBodyThatIsNotJsonIsAMalformedResponse() {
        enqueue(200, "{\"id\": \"727bf148-f327-47a0-9481-abae6362f11e\", \"summary\": {\"total\": 1");

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client().getTranslationStatus(UUID.fromString(Bodies.ID)));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
        assertThat(e).isInstanceOf(MalformedResponseException.class);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).startsWith("GET /translator/text/batch/v1.0-preview.1/batches/" + Bodies.ID
                + " answered 200 with a body that is not a TranslationStatus");
    }
}

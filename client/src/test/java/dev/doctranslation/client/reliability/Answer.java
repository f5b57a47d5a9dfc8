package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.doctranslation.client.ServiceException;
import dev.doctranslation.client.ThrottledException;
import dev.doctranslation.client.ConnectionFailedException;
import dev.doctranslation.client.MalformedResponseException;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.client.TransportTimeoutException;
import java.time.Duration;
import java.util.UUID;

/**
 * One scripted answer of the fault server, and what the documented client behaviour makes of it:
 * whether it is retried, and which failure it becomes when no retry is left.
 */
sealed interface Answer {
    /** The answer as WireMock serves it. {@code echo} is put into headers and bodies where it fits. */
    ResponseDefinitionBuilder response(String echo);

    /** Whether the client tries again after this answer (while its budget lasts). */
    boolean retried();

    /** The failure this answer becomes when it is final; null for a success. */
    ExpectedFailure failure();

    /** Transport faults and rate/server errors are retried; a malformed 200 is not (it would fail again). */
    record ExpectedFailure(Class<? extends Exception> type, TransportException.Kind kind, int statusCode) {}

    /** 200 with a valid TranslationStatus. */
    record Ok(UUID id, String status) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            return json(200, Payloads.status(id, status)).withHeader("X-Echo", echo);
        }

        public boolean retried() {
            return false;
        }

        public ExpectedFailure failure() {
            return null;
        }
    }

    /** 429 RequestRateTooHigh. */
    record Throttled(RetryAfterHeader retryAfter) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            return withRetryAfter(json(429, Payloads.error("RequestRateTooHigh", "slow down, " + echo)), retryAfter);
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(ThrottledException.class, null, 429);
        }
    }

    /** A retried status other than 429 (408, 500, 502, 503, 504) with the documented error body. */
    record ServerError(int code, RetryAfterHeader retryAfter) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            String errorCode = switch (code) {
                case 503 -> "ServiceUnavailable";
                // Not one of the contract's codes: it must still decode, as an unknown code.
                case 408 -> "RequestTimeout";
                default -> "InternalServerError";
            };
            return withRetryAfter(json(code, Payloads.error(errorCode, "try later " + echo)), retryAfter)
                    .withHeader("X-Echo", echo);
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(ServiceException.class, null, code);
        }
    }

    /**
     * 408, 502 or 504 as a gateway in front of the service sends it: an HTML page (nginx's, CRLF
     * lines, padded past the client's 200-character excerpt), not the documented error. The echo
     * comes early, where the excerpt quotes it.
     */
    record GatewayPage(int code, RetryAfterHeader retryAfter) implements Answer {
        static String html(int code, String echo) {
            String title = code + " " + switch (code) {
                case 408 -> "Request Time-out";
                case 502 -> "Bad Gateway";
                case 504 -> "Gateway Time-out";
                default -> "Error";
            };
            return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                    + "</h1></center>\r\n<hr><center>gateway " + echo + "</center>\r\n</body>\r\n</html>\r\n"
                    + "<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n".repeat(6);
        }

        public ResponseDefinitionBuilder response(String echo) {
            return withRetryAfter(aResponse().withStatus(code).withHeader("Content-Type", "text/html")
                    .withHeader("X-Echo", echo).withBody(html(code, echo)), retryAfter);
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(ServiceException.class, null, code);
        }
    }

    /** A WireMock socket fault: reset, empty answer, broken chunk, or garbage then close. */
    record SocketFault(Fault fault) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            return aResponse().withFault(fault);
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(ConnectionFailedException.class, TransportException.Kind.CONNECTION, 0);
        }
    }

    /** A valid answer that arrives only after {@code delay}, longer than the client's read timeout. */
    record Stall(Duration delay) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            return json(200, Payloads.status(UUID.randomUUID(), "Running")).withFixedDelay((int) delay.toMillis());
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(TransportTimeoutException.class, TransportException.Kind.TIMEOUT, 0);
        }
    }

    /** 200 whose headers come at once and whose body then dribbles in over {@code total}. */
    record StalledBody(Duration total) implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            String body = Payloads.status(UUID.randomUUID(), "Running");
            return json(200, body).withChunkedDribbleDelay(body.length() / 10, (int) total.toMillis());
        }

        public boolean retried() {
            return true;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(TransportTimeoutException.class, TransportException.Kind.TIMEOUT, 0);
        }
    }

    /** 200 whose body is not JSON at all (a proxy's HTML page, say), starting with the echo. */
    record NotJson() implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            return aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody(echo + " <html><body>502 Bad Gateway</body></html>");
        }

        public boolean retried() {
            return false;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(MalformedResponseException.class, TransportException.Kind.MALFORMED_RESPONSE, 200);
        }
    }

    /** 200 with a JSON body cut off in the middle; the HTTP framing itself is intact. */
    record TruncatedJson() implements Answer {
        public ResponseDefinitionBuilder response(String echo) {
            String whole = Payloads.status(UUID.randomUUID(), "Running");
            return json(200, whole.substring(0, whole.length() / 2) + echo);
        }

        public boolean retried() {
            return false;
        }

        public ExpectedFailure failure() {
            return new ExpectedFailure(MalformedResponseException.class, TransportException.Kind.MALFORMED_RESPONSE, 200);
        }
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder withRetryAfter(ResponseDefinitionBuilder response, RetryAfterHeader retryAfter) {
        retryAfter.header().ifPresent(h -> response.withHeader(h[0], h[1]));
        return response;
    }
}

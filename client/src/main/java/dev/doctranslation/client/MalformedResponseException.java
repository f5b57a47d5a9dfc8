package dev.doctranslation.client;

/** An answer arrived but its body is not the JSON the contract documents (not retried). */
public final class MalformedResponseException extends TransportException {
    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message, int statusCode, AnswerInfo answer, Throwable cause) {
        super(message, Kind.MALFORMED_RESPONSE, statusCode, answer, cause);
    }
}

package dev.doctranslation.client;

/** Connecting, or reading the answer, took longer than the configured timeout (after retries). */
public final class TransportTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    TransportTimeoutException(String message, int statusCode, Throwable cause) {
        super(message, Kind.TIMEOUT, statusCode, AnswerInfo.NONE, cause);
    }
}

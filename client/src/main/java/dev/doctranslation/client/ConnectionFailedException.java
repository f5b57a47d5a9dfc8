package dev.doctranslation.client;

/** The connection was refused, reset or closed before a whole answer arrived (after retries). */
public final class ConnectionFailedException extends TransportException {
    private static final long serialVersionUID = 1L;

    ConnectionFailedException(String message, int statusCode, Throwable cause) {
        super(message, Kind.CONNECTION, statusCode, AnswerInfo.NONE, cause);
    }
}

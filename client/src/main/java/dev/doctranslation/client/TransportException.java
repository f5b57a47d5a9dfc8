package dev.doctranslation.client;

/**
 * No usable HTTP answer: the connection failed or was reset, the read timed out, or the answer
 * could not be read as the contract's JSON. Status code 0 unless an answer arrived but was
 * malformed. Raised after the configured retries, for the failures that are retried.
 *
 * <p>Each kind has its own subtype, for callers that catch by type:
 * {@link TransportTimeoutException}, {@link ConnectionFailedException} and
 * {@link MalformedResponseException}; {@link #kind()} says the same for callers that switch. An
 * interrupt of the calling thread is none of these: it is {@link OperationInterruptedException},
 * outside this type, so that retrying transport failures never retries an interrupt.
 */
public class TransportException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    /** Why no usable answer arrived. */
    public enum Kind {
        /** Connecting, or reading the answer, took longer than the configured timeout. */
        TIMEOUT,
        /** The connection was refused, reset or closed before a whole answer arrived. */
        CONNECTION,
        /** An answer arrived but its body is not the JSON the contract documents. */
        MALFORMED_RESPONSE
    }

    private final Kind kind;

    TransportException(String message, Kind kind, int statusCode, AnswerInfo answer, Throwable cause) {
        super(message, statusCode, null, answer, cause);
        this.kind = kind;
    }

    /** The subtype of {@code kind}, for a failure without an answer to keep. */
    static TransportException of(String message, Kind kind, int statusCode, Throwable cause) {
        return of(message, kind, statusCode, AnswerInfo.NONE, cause);
    }

    /** The subtype of {@code kind}; {@code answer} keeps the request id of a malformed answer. */
    static TransportException of(String message, Kind kind, int statusCode, AnswerInfo answer, Throwable cause) {
        return switch (kind) {
            case TIMEOUT -> new TransportTimeoutException(message, statusCode, cause);
            case CONNECTION -> new ConnectionFailedException(message, statusCode, cause);
            case MALFORMED_RESPONSE -> new MalformedResponseException(message, statusCode, answer, cause);
        };
    }

    /** Why no usable answer arrived. */
    public Kind kind() {
        return kind;
    }
}

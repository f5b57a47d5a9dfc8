package dev.doctranslation.client;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One link of an error's inner error chain: a more specific code, and in {@code v1.x} a message.
 * Azure Core's inner error ({@code 2024-05-01}) has a code only. Immutable.
 */
public final class ResponseInnerError implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String message;
    private final ResponseInnerError innerError;

    ResponseInnerError(String code, String message, ResponseInnerError innerError) {
        this.code = code;
        this.message = message;
        this.innerError = innerError;
    }

    /** The more specific code, for example {@code InvalidOperationState}, if the service sent one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The message of this link ({@code v1.x} only), if the service sent one. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The next, still more specific link, if any. */
    public Optional<ResponseInnerError> innerError() {
        return Optional.ofNullable(innerError);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseInnerError e && Objects.equals(code, e.code) && Objects.equals(message, e.message)
                && Objects.equals(innerError, e.innerError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, innerError);
    }

    @Override
    public String toString() {
        return "innerError{" + code + (message == null ? "" : ": " + message)
                + (innerError == null ? "" : ", " + innerError) + "}";
    }
}

package dev.doctranslation.client;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service error as every version sends it, in one shape (the shape of Azure Core's
 * {@code ResponseError}): the code exactly as sent (a code this SDK does not know is kept as it
 * is), the message, the target, the nested {@link #details()} and the {@link #innerError()} chain.
 * {@code v1.x} errors have no details; {@code 2024-05-01} errors may. Immutable.
 */
public final class ResponseError implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String message;
    private final String target;
    private final List<ResponseError> details;
    private final ResponseInnerError innerError;

    ResponseError(String code, String message, String target, List<ResponseError> details,
            ResponseInnerError innerError) {
        this.code = Objects.requireNonNull(code, "code == null");
        this.message = Objects.requireNonNull(message, "message == null");
        this.target = target;
        this.details = List.copyOf(details);
        this.innerError = innerError;
    }

    /** The error code as the service sent it, for example {@code InvalidRequest}. */
    public String code() {
        return code;
    }

    /** The error message as the service sent it. */
    public String message() {
        return message;
    }

    /** What the error is about (a parameter, a document), if the service said. */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /** The errors this one is made of; empty when there are none (always, before {@code 2024-05-01}). */
    public List<ResponseError> details() {
        return details;
    }

    /** The more specific error behind this one, if the service sent one. */
    public Optional<ResponseInnerError> innerError() {
        return Optional.ofNullable(innerError);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseError e && code.equals(e.code) && message.equals(e.message)
                && Objects.equals(target, e.target) && details.equals(e.details)
                && Objects.equals(innerError, e.innerError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, target, details, innerError);
    }

    @Override
    public String toString() {
        return "ResponseError{" + code + ": " + message + (target == null ? "" : ", target " + target)
                + (details.isEmpty() ? "" : ", details " + details) + (innerError == null ? "" : ", " + innerError) + "}";
    }
}

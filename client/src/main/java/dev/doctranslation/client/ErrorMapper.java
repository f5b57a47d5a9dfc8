package dev.doctranslation.client;

import dev.doctranslation.contract.Redaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a non-200 answer into the exception type of its status, with the decoded error, and a 200
 * that is no TranslationStatus into a {@link TransportException}; never with the key or token in a
 * message. The status decides the type whatever the version; the version's error envelope decides
 * how the body is read.
 */
final class ErrorMapper {
    static final int EXCERPT_CHARS = 200;
    private static final int EXCERPT_WINDOW_CHARS = 64 * 1024;

    /** The secret sent (key or token), only to take it out of messages. */
    private final Supplier<String> key;
    private final ErrorEnvelope envelope;

    ErrorMapper(Supplier<String> key, ErrorEnvelope envelope) {
        this.key = key;
        this.envelope = envelope;
    }

    DocumentTranslationException map(RawResponse answer, Optional<Duration> retryAfter) {
        int status = answer.statusCode();
        Decoded decoded = decode(answer.body());
        String message = answer.requestLine() + " answered " + status + " " + decoded.summary
                + (answer.retries() > 0 ? " (after " + answer.retries() + " retries)" : "");
        TranslationError error = decoded.error;
        AnswerInfo info = AnswerInfo.of(answer.headers(), decoded.responseError);
        if (status == 400) {
            return new BadRequestException(message, status, error, info);
        } else if (status == 401) {
            return new UnauthorizedException(message, status, error, info);
        } else if (status == 404) {
            return new OperationNotFoundException(message, status, error, info);
        } else if (status == 429) {
            return new ThrottledException(message, error, info, retryAfter.orElse(null));
        } else if (status == 408 || status >= 500 && status <= 599) {
            // 408 is retried like a 5xx, and what remains of it is the same kind of failure: the
            // server side gave up (a gateway, usually), not the caller's request being wrong.
            return new ServiceException(message, status, error, info);
        }
        return new DocumentTranslationException(message, status, error, info, null);
    }

    /**
     * A 200 whose body could not be read as a TranslationStatus. The parser's message quotes the
     * body (a value it could not convert, a token it did not expect), so it is redacted, and the
     * parser's exception is kept as the cause only when no part of it holds the key.
     */
    TransportException malformedSuccess(RawResponse answer, IOException e) {
        String message = answer.requestLine() + " answered 200 with a body that is not a TranslationStatus: "
                + e.getClass().getSimpleName() + " (" + firstLine(e.getMessage()) + ")";
        return TransportException.of(redact(message), TransportException.Kind.MALFORMED_RESPONSE, 200,
                AnswerInfo.of(answer.headers(), null), Redaction.mentionsKey(e, key) ? null : e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private record Decoded(TranslationError error, ResponseError responseError, String summary) {}

    private Decoded decode(byte[] body) {
        try {
            JsonNode tree = SdkJson.MAPPER.readTree(body);
            JsonNode error = tree == null ? null : tree.get("error");
            if (error != null && error.isObject() && error.hasNonNull("code") && error.hasNonNull("message")) {
                TranslationError decoded;
                ResponseError neutral;
                if (envelope == ErrorEnvelope.AZURE_CORE) {
                    neutral = AzureCoreErrors.read(error);
                    decoded = AzureCoreErrors.asTranslationError(neutral);
                } else {
                    decoded = SdkJson.MAPPER.treeToValue(error, TranslationError.class);
                    neutral = TranslationErrors.neutral(error, decoded);
                }
                // The raw code, so that a code this SDK does not know yet is still shown as sent.
                return new Decoded(decoded, neutral,
                        redact(error.get("code").asText() + ": " + error.get("message").asText()));
            }
        } catch (IOException | RuntimeException e) {
            // Not the documented error shape: fall through to an excerpt of what was sent.
        }
        return new Decoded(null, null, "with a body that is not the documented error: " + excerpt(body));
    }

    /**
     * The start of a body that is not the documented error (a gateway's HTML page, say), on one
     * line and at most {@link #EXCERPT_CHARS} long. The key is taken out of the whole text before
     * it is cut: cut first, a key straddling the cut would leave its first part in the message.
     */
    private String excerpt(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        String text = redact(new String(body, StandardCharsets.UTF_8));
        // Enough to fill an excerpt once whitespace is folded, without scanning an 8 MiB body.
        boolean windowCut = text.length() > EXCERPT_WINDOW_CHARS;
        String window = windowCut ? text.substring(0, EXCERPT_WINDOW_CHARS) : text;
        // Pages are indented and CRLF-ended: fold whitespace runs; other control characters are shown as '?'.
        String line = window.replaceAll("[\\p{Cntrl}&&[^\\s]]", "?").replaceAll("\\s+", " ").strip();
        String cut = line.length() > EXCERPT_CHARS || windowCut
                ? line.substring(0, Math.min(line.length(), EXCERPT_CHARS)) + "... (" + body.length + " bytes)"
                : line;
        // Once more: folding whitespace could spell a key that itself holds some.
        return "'" + redact(cut) + "'";
    }

    /** A server that echoes the key back must not get it into an exception message. */
    private String redact(String text) {
        return Redaction.redact(text, key);
    }
}

package dev.doctranslation.client;

import dev.doctranslation.contract.ResponseValidator;
import dev.doctranslation.contract.Redaction;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;

/**
 * Sends one operation, retrying 408, 429, 500, 502, 503, 504 and transport failures as
 * {@link RetryOptions} says, and hands back the final answer fully read. The exchange listener
 * sees every attempt and strict mode's validator every answer, in that order. An interrupt ends
 * the operation at once, as {@link OperationInterruptedException}.
 */
final class RetryingExchange {
    /**
     * The statuses Azure.Core's default classifier calls transient, and only those: a server or
     * gateway that gave up waiting (408, 504), throttling (429), a failure of the service or of a
     * gateway in front of it (500, 502), a service briefly away (503). Any other 4xx would be
     * answered the same again, and no other 5xx (501 Not Implemented, 505, ...) says it will pass.
     */
    private static final Set<Integer> RETRIED_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
    /** Bodies of this contract are a few hundred bytes; a larger answer is not one of them. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final HttpTransport transport;
    private final RetryOptions options;
    private final Backoff backoff;
    private final RetryAfter retryAfter;
    private final Sleeper sleeper;
    private final ResponseValidator validator;
    private final ExchangeNotifier notifier;
    /** The secret sent (key or last token), only to take it out of failure messages that quote what a server sent. */
    private final Supplier<String> key;

    RetryingExchange(HttpTransport transport, RetryOptions options, RetryAfter retryAfter, Sleeper sleeper,
            ResponseValidator validator, ExchangeNotifier notifier, Supplier<String> key) {
        this.transport = transport;
        this.options = options;
        this.key = key;
        this.backoff = new Backoff(options);
        this.retryAfter = retryAfter;
        this.sleeper = sleeper;
        this.validator = validator;
        this.notifier = notifier;
    }

    /**
     * @param request makes each attempt's request, the credential read afresh; what it throws
     *     (a credential with nothing to give) ends the call as it is
     */
    RawResponse send(String operationId, String requestLine, Supplier<ClassicHttpRequest> request) {
        for (int retries = 0; ; retries++) {
            boolean mayRetry = retries < options.maxRetries();
            RawResponse answer;
            try {
                answer = read(operationId, requestLine, request.get(), retries);
            } catch (TransportException e) {
                if (!mayRetry || e.kind() == TransportException.Kind.MALFORMED_RESPONSE) {
                    throw e;
                }
                pause(backoff.before(retries + 1, Optional.empty()), requestLine);
                continue;
            }
            validate(answer);
            if (mayRetry && RETRIED_STATUSES.contains(answer.statusCode())) {
                pause(backoff.before(retries + 1, retryAfter.wait(answer.headers())), requestLine);
                continue;
            }
            return answer;
        }
    }

    private void validate(RawResponse answer) {
        if (validator == null) {
            return;
        }
        // A validator may quote the body it rejects; a server may have echoed the key into it.
        List<String> violations = validator.violations(answer.observed()).stream()
                .map(violation -> Redaction.redact(violation, key)).toList();
        if (!violations.isEmpty()) {
            throw new InvalidResponseException(answer.requestLine() + " answered " + answer.statusCode()
                    + " with a response that breaks the contract:\n  - " + String.join("\n  - ", violations),
                    answer.statusCode(), AnswerInfo.of(answer.headers(), null), violations);
        }
    }

    private void pause(Duration wait, String requestLine) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("interrupted while waiting " + Durations.text(wait) + " to retry "
                    + requestLine, e);
        }
    }

    /** One attempt, told to the exchange listener however it ends. */
    private RawResponse read(String operationId, String requestLine, ClassicHttpRequest request, int retries) {
        HttpTransport.Answer answer;
        try {
            answer = transport.exchange(request);
        } catch (HttpTransport.AnswerTooLargeException e) {
            DocumentTranslationException failure = TransportException.of(requestLine + " " + e.getMessage(),
                    TransportException.Kind.MALFORMED_RESPONSE, e.status(), null);
            notifier.failed(operationId, retries, request, requestLine, failure);
            throw failure;
        } catch (IOException e) {
            DocumentTranslationException failure = failure(requestLine, e);
            notifier.failed(operationId, retries, request, requestLine, failure);
            throw failure;
        }
        RawResponse raw = new RawResponse(operationId, requestLine, answer.status(), headers(answer.headers()),
                answer.body(), retries);
        notifier.answered(operationId, retries, request, raw);
        return raw;
    }

    /** Names in lower case, one list per name, as the answer's headers have always been shown. */
    private static Map<String, List<String>> headers(Header[] received) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : received) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            List<String> values = headers.get(name);
            headers.put(name, values == null ? List.of(header.getValue()) : append(values, header.getValue()));
        }
        return headers;
    }

    private static List<String> append(List<String> values, String value) {
        List<String> longer = new java.util.ArrayList<>(values);
        longer.add(value);
        return List.copyOf(longer);
    }

    /** Why an attempt got no whole answer: the caller's interrupt, else a transport failure. */
    private DocumentTranslationException failure(String requestLine, Exception e) {
        if (interrupted(e)) {
            // A library may clear the flag before it wraps the interrupt; set it again.
            Thread.currentThread().interrupt();
            return new OperationInterruptedException(requestLine + " was interrupted",
                    Redaction.mentionsKey(e, key) ? null : e);
        }
        return transportFailure(requestLine, e);
    }

    /**
     * An interrupt of a blocked connect, read or write closes the socket with
     * {@link ClosedByInterruptException} ({@link InterruptibleSocketFactory}); an interrupt just
     * before or between them meets a check of the flag, which stays set; a flag still set also
     * means the caller wants to stop, whatever the failure then looked like.
     */
    private static boolean interrupted(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException || t instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private TransportException transportFailure(String requestLine, Exception e) {
        // Once an interrupt is ruled out, an InterruptedIOException is a timeout: the read timeout
        // or the answer's deadline (both SocketTimeoutException), or the connect timeout.
        Throwable timeout = null;
        for (Throwable t = e; t != null && timeout == null; t = t.getCause() == t ? null : t.getCause()) {
            timeout = t instanceof InterruptedIOException ? t : null;
        }
        TransportException.Kind kind = timeout != null ? TransportException.Kind.TIMEOUT : TransportException.Kind.CONNECTION;
        String what = timeout != null ? "timed out" : "failed before a whole answer arrived";
        Throwable reported = timeout;
        if (reported == null) {
            reported = e;
            while (reported.getCause() != null && reported.getCause() != reported) {
                reported = reported.getCause();
            }
        }
        // A bad status line or header is quoted as it came, so a server can echo the key into it.
        String message = requestLine + " " + what + ": " + reported.getClass().getSimpleName()
                + (reported.getMessage() == null ? "" : " (" + reported.getMessage() + ")");
        return TransportException.of(Redaction.redact(message, key), kind, 0, Redaction.mentionsKey(e, key) ? null : e);
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationException;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.client.ObservedExchange;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.contract.models.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The requests the SDK can express, sent through the real SDK: lenient (no retries, no strict
 * mode) so the kit sees every first answer, which the SDK's exchange listener hands over raw for
 * the validator.
 */
final class SdkCalls {
    /** What one SDK call gave: the raw answer, and the decoded status when it decoded. */
    record Result(Exchange exchange, TranslationStatus status, DocumentTranslationException error) {}

    private final DocumentTranslationClient client;
    private final String basePath;
    /** What follows the id in the request target: the version's {@code api-version} query, or nothing. */
    private final String query;
    /**
     * The attempt of the call in progress, set by the listener on the calling thread. Calls are
     * one at a time ({@link #call} is synchronized), so one slot, guarded by {@code this}, is enough.
     */
    private ObservedExchange lastAttempt;

    SdkCalls(Target target) {
        this.basePath = target.apiBase().getRawPath();
        this.query = RawRequest.of("GET", "").withQueryOf(target.version()).relativePath();
        this.client = DocumentTranslationClient.builder()
                .allowInsecureHttp(true) // the target was vetted when it was made
                .endpoint(target.apiBase().toString())
                .serviceVersion(target.version())
                .subscriptionKey(target.key())
                .retryOptions(RetryOptions.none())
                .readTimeout(RawHttp.TIMEOUT)
                .logLevel(LogLevel.NONE)
                .exchangeListener(attempt -> lastAttempt = attempt)
                .build();
    }

    Result cancel(UUID id) {
        return call("cancelTranslation", "DELETE", id, c -> c.cancelTranslation(id));
    }

    Result get(UUID id) {
        return call("getTranslationStatus", "GET", id, c -> c.getTranslationStatus(id));
    }

    private synchronized Result call(String operationId, String method, UUID id,
            Function<DocumentTranslationClient, TranslationStatus> call) {
        lastAttempt = null;
        String path = basePath + "/batches/" + id + query;
        try {
            TranslationStatus status = call.apply(client);
            return new Result(exchange(operationId, method, path, null), status, null);
        } catch (DocumentTranslationException e) {
            return new Result(exchange(operationId, method, path, e), null, e);
        }
    }

    /** The raw answer of the call's attempt; status 0 with the reason as body when none arrived. */
    private Exchange exchange(String operationId, String method, String path, DocumentTranslationException error) {
        ObservedExchange attempt = lastAttempt;
        if (attempt == null || !attempt.answered()) {
            byte[] reason = ("no answer: " + (error == null ? "none observed" : error.getMessage()))
                    .getBytes(StandardCharsets.UTF_8);
            return new Exchange(operationId, method, path, 0, Map.of(), reason);
        }
        return new Exchange(operationId, method, path, attempt.statusCode(), attempt.responseHeaders(),
                attempt.responseBody());
    }
}

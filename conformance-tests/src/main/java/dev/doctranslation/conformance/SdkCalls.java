package dev.doctranslation.conformance;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationException;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.contract.ObservedResponse;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.contract.models.TranslationStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The requests the SDK can express, sent through the real SDK: lenient (no retries, no strict
 * mode) so the kit sees every first answer, which a recording hook captures raw for the validator.
 */
final class SdkCalls {
    /** What one SDK call gave: the raw answer, and the decoded status when it decoded. */
    record Result(Exchange exchange, TranslationStatus status, DocumentTranslationException error) {}

    private final DocumentTranslationClient client;
    private final String basePath;
    private final ThreadLocal<ObservedResponse> last = new ThreadLocal<>();

    SdkCalls(Target target) {
        this.basePath = target.apiBase().getRawPath();
        this.client = DocumentTranslationClient.builder()
                .allowInsecureHttp(true) // the target was vetted when it was made
                .endpoint(target.apiBase().toString())
                .subscriptionKey(target.key())
                .retryOptions(RetryOptions.none())
                .readTimeout(RawHttp.TIMEOUT)
                .logLevel(LogLevel.NONE)
                .strict(response -> {
                    last.set(response);
                    return List.of();
                })
                .build();
    }

    Result cancel(UUID id) {
        return call("cancelTranslation", "DELETE", id, c -> c.cancelTranslation(id));
    }

    Result get(UUID id) {
        return call("getTranslationStatus", "GET", id, c -> c.getTranslationStatus(id));
    }

    private Result call(String operationId, String method, UUID id, Function<DocumentTranslationClient, TranslationStatus> call) {
        last.remove();
        String path = basePath + "/batches/" + id;
        try {
            TranslationStatus status = call.apply(client);
            return new Result(exchange(operationId, method, path), status, null);
        } catch (DocumentTranslationException e) {
            if (last.get() == null) {
                byte[] reason = ("no answer: " + e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return new Result(new Exchange(operationId, method, path, 0, Map.of(), reason), null, e);
            }
            return new Result(exchange(operationId, method, path), null, e);
        }
    }

    private Exchange exchange(String operationId, String method, String path) {
        ObservedResponse r = last.get();
        return new Exchange(operationId, method, path, r.statusCode(), r.headers(), r.body());
    }
}

package dev.doctranslation.client;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Statuses;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Cancels Document Translation operations and reads their status. Immutable and thread-safe:
 * build one per endpoint and share it.
 *
 * <pre>{@code
 * DocumentTranslationClient client = DocumentTranslationClient.builder()
 *         .endpoint("https://my-translator.cognitiveservices.azure.com")
 *         .serviceVersion(ServiceVersion.V2024_05_01)
 *         .subscriptionKey(System.getenv("DOCUMENT_TRANSLATION_KEY"))
 *         .build();
 * TranslationStatus status = client.cancelTranslation(operationId);
 * }</pre>
 *
 * <p>The methods are the same for every {@link ServiceVersion}; the builder's
 * {@code serviceVersion} decides the route, the {@code api-version} query, how errors are read and
 * whether a bearer token may replace the key.
 *
 * <p>Every method retries 408, 429, 500, 502, 503, 504 and transport failures as the builder's
 * {@link RetryOptions} say, then reports what remained as a {@link DocumentTranslationException}
 * subtype keyed by status.
 */
public final class DocumentTranslationClient {

    private final ServiceVersion version;
    private final URI apiBase;
    private final WireOperations api;
    private final RetryingExchange exchange;
    private final ErrorMapper errors;
    private final RetryAfter retryAfter;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    /** The operation path before the id, and the query after it, as {@link ServiceVersion#operationUri} makes them. */
    private final String pathBeforeId;
    private final String afterId;

    DocumentTranslationClient(ServiceVersion version, URI apiBase, WireOperations api, RetryingExchange exchange,
            ErrorMapper errors, RetryAfter retryAfter, Clock clock, Sleeper sleeper, Duration pollInterval) {
        this.version = version;
        this.apiBase = apiBase;
        this.api = api;
        this.exchange = exchange;
        this.errors = errors;
        this.retryAfter = retryAfter;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        // Made once from the version's own rule: every id is a UUID's 36 characters, so only they vary.
        String sampleId = new UUID(0, 0).toString();
        URI sample = version.operationUri(apiBase, sampleId);
        String samplePath = sample.getRawPath();
        this.pathBeforeId = samplePath.substring(0, samplePath.length() - sampleId.length());
        this.afterId = sample.getRawQuery() == null ? "" : "?" + sample.getRawQuery();
    }

    /**
     * A new builder; {@code endpoint} and a credential (a subscription key, or for the versions that
     * accept one a token credential) are required.
     */
    public static DocumentTranslationClientBuilder builder() {
        return new DocumentTranslationClientBuilder();
    }

    /**
     * Cancels a queued or running translation operation. Documents already translated stay
     * translated and are still charged; pending documents are cancelled where possible.
     *
     * <p>DELETE is retried like every call. If a retry meets {@code 400 InvalidRequest} because an
     * earlier attempt had already been accepted (its answer lost, or a gateway's 502 or 504 though
     * the service behind it acted), the client reads the status and returns it when it is
     * {@code Cancelling} or {@code Cancelled}, instead of throwing.
     *
     * @param id the operation id (any letter case)
     * @return the operation's status after the cancel, usually {@code Cancelling}
     * @throws NullPointerException if {@code id} is null
     * @throws BadRequestException 400: the operation has ended or is already being cancelled
     * @throws UnauthorizedException 401: the key is missing or wrong
     * @throws OperationNotFoundException 404: no operation has this id
     * @throws ThrottledException 429 after the configured retries
     * @throws ServiceException 5xx or 408; after the configured retries for 408, 500, 502, 503 and 504
     * @throws TransportException no usable answer (timeout, reset, malformed body)
     * @throws InvalidResponseException strict mode rejected the answer
     * @throws DocumentTranslationException any other status
     */
    public TranslationStatus cancelTranslation(UUID id) {
        return cancelTranslationWithResponse(id).value();
    }

    /**
     * {@link #cancelTranslation(UUID)}, with the answer's status code and headers.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws DocumentTranslationException as {@link #cancelTranslation(UUID)}
     */
    public Response<TranslationStatus> cancelTranslationWithResponse(UUID id) {
        Objects.requireNonNull(id, "id == null");
        RawResponse answer = exchange.send("cancelTranslation", "DELETE " + path(id), () -> api.cancelTranslation(id));
        if (answer.statusCode() == 400 && answer.retries() > 0 && isInvalidRequest(answer)) {
            // An earlier attempt may have been accepted before its answer was lost: the service
            // then refuses the repeat. Only the current status tells which.
            Response<TranslationStatus> now = getTranslationStatusWithResponse(id);
            Status status = now.value().getStatus();
            if (status == Status.CANCELLING || status == Status.CANCELLED) {
                return now;
            }
        }
        return decodeStatus(answer);
    }

    /**
     * Reads an operation's status. Changes nothing.
     *
     * @param id the operation id (any letter case)
     * @return the operation's status
     * @throws NullPointerException if {@code id} is null
     * @throws BadRequestException 400: the id was rejected
     * @throws UnauthorizedException 401: the key is missing or wrong
     * @throws OperationNotFoundException 404: no operation has this id
     * @throws ThrottledException 429 after the configured retries
     * @throws ServiceException 5xx or 408; after the configured retries for 408, 500, 502, 503 and 504
     * @throws TransportException no usable answer (timeout, reset, malformed body)
     * @throws InvalidResponseException strict mode rejected the answer
     * @throws DocumentTranslationException any other status
     */
    public TranslationStatus getTranslationStatus(UUID id) {
        return getTranslationStatusWithResponse(id).value();
    }

    /**
     * {@link #getTranslationStatus(UUID)}, with the answer's status code and headers.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws DocumentTranslationException as {@link #getTranslationStatus(UUID)}
     */
    public Response<TranslationStatus> getTranslationStatusWithResponse(UUID id) {
        Objects.requireNonNull(id, "id == null");
        return decodeStatus(exchange.send("getTranslationStatus", "GET " + path(id), () -> api.getTranslationStatus(id)));
    }

    /**
     * Cancels the operation, then reads its status until it is terminal ({@code Cancelled},
     * {@code Succeeded}, {@code Failed} or {@code ValidationFailed}) or the timeout passes. Between
     * reads it waits the builder's poll interval, or what {@code retry-after-ms} or
     * {@code Retry-After} asks for, capped at {@link RetryOptions#maxRetryAfter()} exactly as
     * before a retry. An operation that is already {@code Cancelling} is waited for rather than
     * reported as a 400.
     *
     * @param id the operation id (any letter case)
     * @param timeout how long to wait in all
     * @return the terminal status
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws PollingTimeoutException the operation was not terminal in time (carries the last status)
     * @throws OperationInterruptedException the thread was interrupted (its flag is set again)
     * @throws DocumentTranslationException as {@link #cancelTranslation(UUID)}
     */
    public TranslationStatus cancelTranslationAndWait(UUID id, Duration timeout) {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(timeout, "timeout == null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout is negative: " + timeout);
        }
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        Response<TranslationStatus> current;
        try {
            current = cancelTranslationWithResponse(id);
        } catch (BadRequestException e) {
            current = getTranslationStatusWithResponse(id);
            if (current.value().getStatus() != Status.CANCELLING) {
                throw e;
            }
        }
        while (!Statuses.isTerminal(current.value().getStatus())) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                Duration waited = Duration.between(start, clock.instant());
                throw new PollingTimeoutException("operation " + id + " was not terminal after waiting "
                        + Durations.text(waited) + " (timeout " + Durations.text(timeout) + "); the last status read was "
                        + current.value().getStatus(), current.value(), waited);
            }
            Duration wait = retryAfter.wait(current.headers()).orElse(pollInterval);
            sleep(wait.compareTo(left) > 0 ? left : wait, id);
            current = getTranslationStatusWithResponse(id);
        }
        return current.value();
    }

    /** The API base URL requests go to (custom domain plus the version's API path). */
    public URI endpoint() {
        return apiBase;
    }

    /** The service version this client talks. */
    public ServiceVersion serviceVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "DocumentTranslationClient{endpoint=" + apiBase + "}";
    }

    /** The path and query as sent, for messages: {@code 2024-05-01} has its {@code api-version}. */
    private String path(UUID id) {
        return pathBeforeId + id + afterId;
    }

    private Response<TranslationStatus> decodeStatus(RawResponse answer) {
        if (answer.statusCode() != 200) {
            throw errors.map(answer, retryAfter.asked(answer.headers()));
        }
        try {
            TranslationStatus status = SdkJson.TRANSLATION_STATUS.readValue(answer.body());
            if (status == null) {
                throw new IOException("empty body");
            }
            return new Response<>(200, answer.headers(), status);
        } catch (IOException e) {
            throw errors.malformedSuccess(answer, e);
        }
    }

    private static boolean isInvalidRequest(RawResponse answer) {
        try {
            return TranslationErrorCode.INVALID_REQUEST.getValue()
                    .equals(SdkJson.MAPPER.readTree(answer.body()).path("error").path("code").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private void sleep(Duration wait, UUID id) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("interrupted while waiting " + Durations.text(wait)
                    + " to read the status of operation " + id + " again", e);
        }
    }
}

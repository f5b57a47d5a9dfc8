package dev.doctranslation.client;

import dev.doctranslation.contract.ResponseValidator;
import dev.doctranslation.contract.ServiceEndpoint;
import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a {@link DocumentTranslationClient}. Setters check their argument at once; {@link #build()}
 * names everything still missing. A builder is not thread-safe; the clients it builds are.
 */
public final class DocumentTranslationClientBuilder {
    /**
     * The service version a client talks when {@link #serviceVersion(ServiceVersion)} is not called:
     * {@code v1.0-preview.1}, the version every client spoke before versions could be chosen, so
     * that code written then keeps its route. Name the version you mean; {@link ServiceVersion#latest()}
     * is the newest.
     */
    public static final ServiceVersion DEFAULT_SERVICE_VERSION = ServiceVersion.V1_0_PREVIEW_1;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    private String endpoint;
    private boolean allowInsecureHttp;
    private Supplier<String> key;
    private TokenCredential tokenCredential;
    private ServiceVersion serviceVersion = DEFAULT_SERVICE_VERSION;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private RetryOptions retryOptions = RetryOptions.defaults();
    private LogLevel logLevel = LogLevel.NONE;
    private ResponseValidator responseValidator;
    private ExchangeListener exchangeListener;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;

    DocumentTranslationClientBuilder() {}

    /**
     * The custom domain endpoint of your Translator resource, {@code
     * https://<your-resource>.cognitiveservices.azure.com}; the API path is added. Plain http is
     * accepted only for loopback hosts (local mocks) unless {@link #allowInsecureHttp(boolean)}.
     * The global endpoint {@code api.cognitive.microsofttranslator.com} is refused: it does not
     * serve Document Translation.
     *
     * @throws NullPointerException if {@code endpoint} is null
     * @throws IllegalArgumentException if the endpoint cannot work, with the reason
     */
    public DocumentTranslationClientBuilder endpoint(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        ServiceEndpoint.apiBase(endpoint, allowInsecureHttp);
        this.endpoint = endpoint;
        return this;
    }

    /**
     * Allows plain http to hosts that are not loopback, for a trusted test network. The key then
     * travels in clear text. Off by default.
     */
    public DocumentTranslationClientBuilder allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return this;
    }

    /**
     * A fixed subscription key, sent as {@code Ocp-Apim-Subscription-Key} and nowhere else.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is blank or has a character an HTTP header
     *     cannot carry (a line break, a control character, anything beyond ASCII); the message names
     *     the position, never the key
     */
    public DocumentTranslationClientBuilder subscriptionKey(String key) {
        Objects.requireNonNull(key, "key == null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key is blank");
        }
        try {
            CredentialHeaders.headerSafe("key", key);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        this.key = () -> key;
        return this;
    }

    /**
     * A subscription key read before every request, so a rotated key takes effect without a new
     * client. The supplier must be thread-safe and fast.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public DocumentTranslationClientBuilder subscriptionKey(Supplier<String> key) {
        this.key = Objects.requireNonNull(key, "key == null");
        return this;
    }

    /**
     * An OAuth2 token credential (Microsoft Entra ID), the alternative to a subscription key for the
     * versions that declare it ({@link ServiceVersion#acceptsBearerToken()}: {@code 2024-05-01}).
     * Tokens are asked for scope {@link TokenCredential#COGNITIVE_SERVICES_SCOPE} before every
     * request and sent as {@code Authorization: Bearer <token>}; they are treated like the key (never
     * logged, never in a message, never shown to an {@link ExchangeListener}). A custom-domain
     * endpoint is needed, as for the key. {@link #build()} refuses a credential together with a key,
     * or with a version that does not accept bearer tokens.
     *
     * @throws NullPointerException if {@code credential} is null
     */
    public DocumentTranslationClientBuilder credential(TokenCredential credential) {
        this.tokenCredential = Objects.requireNonNull(credential, "credential == null");
        return this;
    }

    /**
     * The version of the service to talk; its route, its {@code api-version} query parameter (for
     * {@code 2024-05-01}), its error envelope and its authentication schemes follow from it. The
     * methods of the client are the same for every version. When not called, the version is
     * {@link #DEFAULT_SERVICE_VERSION}.
     *
     * @throws NullPointerException if {@code version} is null
     */
    public DocumentTranslationClientBuilder serviceVersion(ServiceVersion version) {
        this.serviceVersion = Objects.requireNonNull(version, "version == null");
        return this;
    }

    /**
     * How long to wait for a connection; default 10 s. One attempt, connecting and answer
     * together, never takes longer than this plus the read timeout.
     *
     * @throws NullPointerException if the argument is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public DocumentTranslationClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /**
     * How long each answer may take, from sending the request to the last byte of the body,
     * however slowly or unevenly the server sends it; an answer not whole by then ends the attempt
     * as a timeout (retried like any). Connecting is not counted: it has the connect timeout.
     * Default 30 s.
     *
     * @throws NullPointerException if the argument is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public DocumentTranslationClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return this;
    }

    /**
     * The wait between status reads in {@code cancelTranslationAndWait}, unless Retry-After says;
     * default 1 s.
     *
     * @throws NullPointerException if the argument is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public DocumentTranslationClientBuilder pollInterval(Duration interval) {
        this.pollInterval = positive(interval, "pollInterval");
        return this;
    }

    /**
     * Retry behaviour; default {@link RetryOptions#defaults()}.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder retryOptions(RetryOptions options) {
        this.retryOptions = Objects.requireNonNull(options, "options == null");
        return this;
    }

    /**
     * How much of each exchange to log at DEBUG; default {@link LogLevel#NONE}. The key is never
     * logged.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder logLevel(LogLevel level) {
        this.logLevel = Objects.requireNonNull(level, "level == null");
        return this;
    }

    /**
     * Strict mode: every answer goes through {@code validator} first, and one it rejects raises
     * {@link InvalidResponseException}. The validator module provides a contract-based one.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder strict(ResponseValidator validator) {
        this.responseValidator = Objects.requireNonNull(validator, "validator == null");
        return this;
    }

    /**
     * Shows {@code listener} every HTTP attempt: the request without the subscription key, and the
     * raw answer or the failure that left the attempt without one. A listener that throws does not
     * break the call; see {@link ExchangeListener}. Default: none.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder exchangeListener(ExchangeListener listener) {
        this.exchangeListener = Objects.requireNonNull(listener, "listener == null");
        return this;
    }

    /**
     * The clock used to read HTTP-date {@code Retry-After} values and polling deadlines; for tests.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        return this;
    }

    /**
     * How the client waits between retries and polls; for tests.
     *
     * @throws NullPointerException if the argument is null
     */
    public DocumentTranslationClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        return this;
    }

    /**
     * A new, immutable client.
     *
     * @throws IllegalStateException naming each required setting that is missing, or a credential
     *     the service version does not accept
     */
    public DocumentTranslationClient build() {
        checkCredentials();
        URI apiBase = ServiceEndpoint.apiBase(endpoint, allowInsecureHttp, serviceVersion);
        // The one secret a request carries, and what is taken out of every text a server may echo.
        CredentialHeaders credential;
        Supplier<String> secret;
        if (tokenCredential != null) {
            BearerTokenInterceptor bearer = new BearerTokenInterceptor(tokenCredential, UserAgent.VALUE);
            credential = bearer;
            secret = bearer::lastToken;
        } else {
            credential = new SubscriptionKeyInterceptor(key, UserAgent.VALUE);
            secret = key;
        }
        HttpTransport transport = new HttpTransport(connectTimeout, readTimeout, RetryingExchange.MAX_BODY_BYTES, logLevel,
                secret);
        WireOperations api = WireOperations.create(serviceVersion, apiBase, credential);
        RetryAfter retryAfter = new RetryAfter(clock, retryOptions.maxRetryAfter());
        RetryingExchange exchange = new RetryingExchange(transport, retryOptions, retryAfter, sleeper, responseValidator,
                new ExchangeNotifier(exchangeListener, secret), secret);
        return new DocumentTranslationClient(serviceVersion, apiBase, api, exchange,
                new ErrorMapper(secret, serviceVersion.errorEnvelope()), retryAfter, clock, sleeper, pollInterval);
    }

    /**
     * Exactly one credential, of a kind the version accepts. The message for a missing one stays
     * what it was before bearer tokens for the versions that accept only the key.
     */
    private void checkCredentials() {
        List<String> missing = new ArrayList<>();
        if (endpoint == null) {
            missing.add("endpoint (https://<your-resource>.cognitiveservices.azure.com)");
        }
        if (key == null && tokenCredential == null) {
            missing.add("subscription key (subscriptionKey(String) or subscriptionKey(Supplier))"
                    + (serviceVersion.acceptsBearerToken() ? " or token credential (credential(TokenCredential))" : ""));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + String.join(" and ", missing));
        }
        if (key != null && tokenCredential != null) {
            throw new IllegalStateException("both a subscription key and a token credential are set; set one:"
                    + " subscriptionKey(...) or credential(TokenCredential)");
        }
        if (tokenCredential != null && !serviceVersion.acceptsBearerToken()) {
            throw new IllegalStateException("service version " + serviceVersion.id() + " does not accept bearer"
                    + " tokens (its spec declares only the subscription key); use subscriptionKey(...), or a version"
                    + " that accepts them: " + bearerVersions());
        }
    }

    private static String bearerVersions() {
        return ServiceVersion.all().stream().filter(ServiceVersion::acceptsBearerToken).map(ServiceVersion::id)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }
}

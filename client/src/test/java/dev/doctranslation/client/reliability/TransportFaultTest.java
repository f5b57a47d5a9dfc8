package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationClientBuilder;
import dev.doctranslation.client.ObservedExchange;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.ServiceException;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Socket-level faults from a real server: each is retried within the budget, then reported as a
 * {@link TransportException} of the right kind; a fault followed by an answer gives that answer.
 * The transport never sends a request again by itself, and no peer holds an answer past the read
 * timeout. The class timeout is a hang guard, not a speed requirement.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportFaultTest {
    private static final UUID ID = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");
    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    @RegisterExtension
    static final FaultFixture fixture = new FaultFixture();

    private DocumentTranslationClient client(RetryOptions retries) {
        return fixture.builder().readTimeout(READ_TIMEOUT).retryOptions(retries).build();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aFaultOnEveryAttemptEndsInAConnectionFailureAfterExactlyTheRetryBudget(Fault fault) {
        fixture.server().script(new Answer.SocketFault(fault));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.defaults()).cancelTranslation(ID));

        assertThat(e).as("no usable answer").isNotNull();
        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(e.statusCode()).isZero();
        assertThat(fixture.server().requestCount()).as("first attempt + 3 retries").isEqualTo(4);
        assertThat(fixture.time().sleeps()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aStatusReadIsNeverResentByTheTransportEither(Fault fault) {
        // HttpURLConnection and java.net.http both send a GET again by themselves when the
        // connection dies before the answer; the SDK's transport never does, so the server sees the
        // SDK's attempts and nothing else.
        fixture.server().script(new Answer.SocketFault(fault));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.defaults()).getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(fixture.server().requestCount()).as("first attempt + 3 retries").isEqualTo(4);
        assertThat(fixture.time().sleeps()).as("the SDK's own retries").hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void aKeptAliveConnectionThatDiesUnderARequestIsNotResentByTheTransport(Operation operation) {
        // The case where HttpURLConnection repeats GET and DELETE alike: a connection that served
        // one answer and is reused for the next request closes without answering it.
        fixture.server().script(new Answer.Ok(ID, "Running"), new Answer.SocketFault(Fault.EMPTY_RESPONSE),
                new Answer.Ok(ID, "Cancelling"));
        DocumentTranslationClient client = client(RetryOptions.none());
        operation.call(client);

        TransportException e = catchThrowableOfType(TransportException.class, () -> operation.call(client));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(fixture.server().requestCount()).as("the answered request and the one that died, once").isEqualTo(2);
    }

    @Test
    void aServiceUnavailableAskingForARetryAtOnceIsRetriedByTheSdkAlone() {
        // HTTP libraries may repeat a request by themselves after a 503 with Retry-After: 0 (OkHttp does).
        fixture.server().script(new Answer.ServerError(503, new RetryAfterHeader.Seconds(0)), new Answer.Ok(ID, "Cancelling"));
        List<ObservedExchange> seen = new CopyOnWriteArrayList<>();

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> fixture.builder()
                .readTimeout(READ_TIMEOUT).retryOptions(RetryOptions.none()).exchangeListener(seen::add).build()
                .cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(fixture.server().requestCount()).as("no repeat behind the SDK's back").isEqualTo(1);
        assertThat(seen).singleElement().satisfies(exchange ->
                assertThat(exchange.responseHeaders()).as("the header as sent").containsEntry("retry-after", List.of("0")));
    }

    @Test
    void aServiceUnavailableAskingForARetryAtOnceIsRetriedOnceWithoutAWait() {
        fixture.server().script(new Answer.ServerError(503, new RetryAfterHeader.Seconds(0)), new Answer.Ok(ID, "Cancelling"));

        assertThat(client(RetryOptions.defaults()).cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(fixture.server().requestCount()).isEqualTo(2);
        assertThat(fixture.time().sleeps()).as("the wait the server asked for").containsExactly(Duration.ZERO);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aCancelThatMeetsAFaultThenAnAnswerReturnsThatAnswer(Fault fault) {
        fixture.server().script(new Answer.SocketFault(fault), new Answer.SocketFault(fault), new Answer.Ok(ID, "Cancelling"));

        TranslationStatus status = client(RetryOptions.defaults()).cancelTranslation(ID);

        assertThat(status.getId()).isEqualTo(ID);
        assertThat(status.getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(fixture.server().requestCount()).isEqualTo(3);
        assertThat(fixture.server().requests()).allSatisfy(r -> assertThat(r.getMethod().getName()).isEqualTo("DELETE"));
        assertThat(fixture.time().sleeps()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void theRetryBudgetIsWhatTheOptionsSay(int maxRetries) {
        fixture.server().script(new Answer.SocketFault(Fault.CONNECTION_RESET_BY_PEER));

        catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.defaults().withMaxRetries(maxRetries)).cancelTranslation(ID));

        assertThat(fixture.server().requestCount()).isEqualTo(maxRetries + 1);
        assertThat(fixture.time().sleeps()).hasSize(maxRetries);
    }

    @Test
    void anAnswerWhoseHeadersComeAfterTheReadTimeoutIsATimeoutOnEveryAttempt() {
        fixture.server().script(new Answer.Stall(READ_TIMEOUT.multipliedBy(4)));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.defaults()).getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
        assertThat(fixture.server().requestCount()).isEqualTo(4);
    }

    @Test
    void aStallThenAPromptAnswerGivesTheAnswer() {
        fixture.server().script(new Answer.Stall(READ_TIMEOUT.multipliedBy(4)), new Answer.Ok(ID, "Running"));

        assertThat(client(RetryOptions.defaults()).getTranslationStatus(ID).getStatus()).isEqualTo(Status.RUNNING);
        assertThat(fixture.server().requestCount()).isEqualTo(2);
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsATimeoutNotAHang() {
        // Headers at once, then the body trickles in over far longer than the read timeout: the
        // timeout must cover the whole answer, or a stalled peer holds the caller indefinitely.
        fixture.server().script(new Answer.StalledBody(READ_TIMEOUT.multipliedBy(20)));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.none()).getTranslationStatus(ID));

        assertThat(e).as("a stalled body must fail, not wait for the peer").isNotNull();
        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
    }

    @Test
    void aBodyDrippedFasterThanTheReadTimeoutIsStillCutWhenTheReadTimeoutHasPassed() {
        // A few bytes every 150 ms never leave the socket idle for the read timeout (1.5 s); the
        // read timeout as the answer's deadline ends it all the same. A first, prompt answer warms
        // the server up, so that its headers come at once.
        fixture.server().serve(new Answer.Ok(ID, "Running").response(""), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Payloads.status(ID, "Running"))
                .withChunkedDribbleDelay(60, 9_000));
        DocumentTranslationClient client = dripTimeouts(fixture.builder()).build();
        client.getTranslationStatus(ID);
        long start = System.nanoTime();

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("cut at about 1.5 s, long before the 9 s drip ends")
                .isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void headersDrippedFasterThanTheReadTimeoutAreStillCutWhenTheReadTimeoutHasPassed() throws Exception {
        try (DrippingServer dripping = new DrippingServer(Duration.ofMillis(150), Duration.ofSeconds(9))) {
            DocumentTranslationClient client = dripTimeouts(fixture.builder(dripping.endpoint())).build();
            long start = System.nanoTime();

            TransportException e = catchThrowableOfType(TransportException.class, () -> client.cancelTranslation(ID));

            assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("cut at about 1.5 s, long before the 9 s drip ends")
                    .isLessThan(Duration.ofSeconds(6));
            assertThat(dripping.requestCount()).isEqualTo(1);
        }
    }

    /** Read 1.5 s and the default connect timeout (10 s), which has no part in the answer's deadline; no retry. */
    private static DocumentTranslationClientBuilder dripTimeouts(DocumentTranslationClientBuilder builder) {
        return builder.readTimeout(Duration.ofMillis(1_500)).retryOptions(RetryOptions.none());
    }

    enum Operation {
        CANCEL {
            void call(DocumentTranslationClient client) {
                client.cancelTranslation(ID);
            }
        },
        STATUS {
            void call(DocumentTranslationClient client) {
                client.getTranslationStatus(ID);
            }
        };

        abstract void call(DocumentTranslationClient client);
    }
}

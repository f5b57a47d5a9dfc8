package dev.doctranslation.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
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
 * The timeouts are hang guards, not speed requirements.
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
    void aStatusReadMayBeReplayedOnceByTheJdkButStaysWithinTwiceTheBudget(Fault fault) {
        // java.net.http resends an idempotent GET once, by itself, when the connection dies before
        // the first byte of the answer (reset, empty answer). The SDK cannot turn that off; DELETE
        // is never replayed (see above). So a read costs at most 2 requests per SDK attempt.
        fixture.server().script(new Answer.SocketFault(fault));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(RetryOptions.defaults()).getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(fixture.server().requestCount()).isBetween(4, 2 * 4);
        assertThat(fixture.time().sleeps()).as("the SDK's own retries").hasSize(3);
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
}

package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.ServiceException;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that arrive whole but whose body is wrong or huge. A 200 that is not a TranslationStatus
 * is a {@code MALFORMED_RESPONSE} at once (retrying would get the same again); size alone is no
 * fault up to the client's 8 MiB limit, and messages stay short whatever the body's size.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BodyFaultTest {
    private static final UUID ID = UUID.fromString("0f2d5a4e-8c1b-4d7e-9a3f-6b5c4d3e2f10");
    private static final int TWO_MIB = 2 * 1024 * 1024;
    /** A message quotes at most a 200-character excerpt, plus the request line and the error's name. */
    private static final int LONGEST_MESSAGE = 1_000;

    @RegisterExtension
    static final FaultFixture fixture = new FaultFixture();

    private DocumentTranslationClient client() {
        return fixture.builder().readTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void aSuccessWhoseBodyIsNotJsonIsMalformedAndNotRetried() {
        fixture.server().script(new Answer.NotJson());

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(fixture.server().requestCount()).isEqualTo(1);
        assertThat(fixture.time().sleeps()).isEmpty();
    }

    @Test
    void aSuccessWithATruncatedJsonBodyIsMalformedAndNotRetried() {
        fixture.server().script(new Answer.TruncatedJson());

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().cancelTranslation(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("answered 200 with a body that is not a TranslationStatus");
        assertThat(fixture.server().requestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessThatIsValidJsonOfTheWrongShapeIsMalformed() {
        fixture.server().serve((json(200, "[1, 2, 3]")));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void aSuccessWithAnEmptyBodyIsMalformed() {
        fixture.server().serve((aResponse().withStatus(200)));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void aBodyCutShortByAClosedConnectionIsAConnectionFailureAndRetried() throws Exception {
        // The framing promises the whole body, but the server closes the socket part-way through it.
        // WireMock's faults replace a whole answer, so this one comes from MockWebServer.
        try (MockWebServer cutting = new MockWebServer()) {
            cutting.start();
            cutting.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(Payloads.paddedStatus(ID, "Running", 64 * 1024))
                    .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
            cutting.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(Payloads.status(ID, "Cancelling")).build());
            DocumentTranslationClient client = fixture.builder(cutting.url("/").toString()).build();

            assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);
            assertThat(cutting.getRequestCount()).isEqualTo(2);
            assertThat(fixture.time().sleeps()).as("one SDK retry").hasSize(1);
        }
    }

    @Test
    void aTwoMebibyteSuccessIsReadWhole() {
        fixture.server().serve((json(200, Payloads.paddedStatus(ID, "Cancelling", TWO_MIB))));

        TranslationStatus status = client().cancelTranslation(ID);

        assertThat(status.getId()).isEqualTo(ID);
        assertThat(status.getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(status.getSummary().getTotalCharacterCharged()).isEqualTo(1234L);
    }

    @Test
    void aTwoMebibyteSuccessIsReadWholeEvenWhenTheBodyIsLogged() {
        fixture.server().serve((json(200, Payloads.paddedStatus(ID, "Running", TWO_MIB))));

        DocumentTranslationClient client = fixture.builder().logLevel(LogLevel.BODY).build();
        try (LogCapture logs = LogCapture.start()) {
            assertThat(client.getTranslationStatus(ID).getStatus()).isEqualTo(Status.RUNNING);
            assertThat(logs.lines()).as("the body was logged").anySatisfy(line -> assertThat(line).contains("padding"));
        }
    }

    @Test
    void aTwoMebibyteErrorGivesTheRightTypeWithAShortMessage() {
        fixture.server().serve((json(500, Payloads.paddedError("InternalServerError", "boom", TWO_MIB))));

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> client().getTranslationStatus(ID));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.error()).hasValueSatisfying(error -> assertThat(error.getMessage()).isEqualTo("boom"));
        assertThat(e.getMessage()).hasSizeLessThan(LONGEST_MESSAGE);
        assertThat(fixture.server().requestCount()).as("5xx retried within the budget").isEqualTo(4);
    }

    @Test
    void aTwoMebibyteBodyThatIsNotJsonGivesAShortMessage() {
        fixture.server().serve((aResponse().withStatus(200).withBody("<".repeat(TWO_MIB))));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).hasSizeLessThan(LONGEST_MESSAGE);
    }

    @Test
    void aTwoMebibyteErrorBodyThatIsNotTheErrorShapeIsQuotedInShort() {
        fixture.server().serve((aResponse().withStatus(503).withBody("z".repeat(TWO_MIB))));

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> fixture.builder().retryOptions(RetryOptions.none()).build().getTranslationStatus(ID));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.error()).isEmpty();
        assertThat(e.getMessage()).contains("(" + TWO_MIB + " bytes)").hasSizeLessThan(LONGEST_MESSAGE);
    }

    @Test
    void aBodyOverTheEightMebibyteLimitIsRefusedAsMalformed() {
        fixture.server().serve((json(200, Payloads.paddedStatus(ID, "Running", 9 * 1024 * 1024))));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("with a body over 8388608 bytes");
        assertThat(fixture.server().requestCount()).isEqualTo(1);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}

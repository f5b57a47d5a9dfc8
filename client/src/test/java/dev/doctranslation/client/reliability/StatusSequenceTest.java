package dev.doctranslation.client.reliability;

import dev.doctranslation.client.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.ServiceException;
import dev.doctranslation.client.ThrottledException;
import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sequences of the retried statuses (408, 429, 500, 502, 503, 504), with and without
 * {@code Retry-After}, as the documented error or as a gateway's HTML page: each wait is what the
 * server asked for (capped at {@code maxRetryAfter}) or jittered backoff when it asked for nothing
 * usable; the request count never passes the budget; what remains is the right exception.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatusSequenceTest {
    private static final UUID ID = UUID.fromString("5d0c3b2a-1f4e-4a6b-8c7d-9e0f1a2b3c4d");
    private static final Duration CAP = Duration.ofSeconds(20);

    @RegisterExtension
    static final FaultFixture fixture = new FaultFixture();

    private DocumentTranslationClient client(RetryOptions retries) {
        return fixture.builder().retryOptions(retries).build();
    }

    private static RetryOptions capped() {
        return RetryOptions.defaults().withMaxRetryAfter(CAP);
    }

    private static Answer.Throttled throttled(RetryAfterHeader retryAfter) {
        return new Answer.Throttled(retryAfter);
    }

    private static Answer.ServerError error(int code, RetryAfterHeader retryAfter) {
        return new Answer.ServerError(code, retryAfter);
    }

    private static Answer.GatewayPage page(int code, RetryAfterHeader retryAfter) {
        return new Answer.GatewayPage(code, retryAfter);
    }

    private static RetryAfterHeader none() {
        return new RetryAfterHeader.None();
    }

    private static RetryAfterHeader seconds(long s) {
        return new RetryAfterHeader.Seconds(s);
    }

    private static RetryAfterHeader dateIn(long s) {
        return new RetryAfterHeader.HttpDate(FakeTime.START.plusSeconds(s));
    }

    static Stream<Arguments> serverAskedWaits() {
        return Stream.of(
                Arguments.of("429 seconds", throttled(seconds(3)), Duration.ofSeconds(3)),
                Arguments.of("500 seconds", error(500, seconds(2)), Duration.ofSeconds(2)),
                Arguments.of("503 seconds", error(503, seconds(7)), Duration.ofSeconds(7)),
                Arguments.of("429 zero seconds", throttled(seconds(0)), Duration.ZERO),
                Arguments.of("429 HTTP date", throttled(dateIn(11)), Duration.ofSeconds(11)),
                Arguments.of("503 HTTP date", error(503, dateIn(4)), Duration.ofSeconds(4)),
                Arguments.of("503 HTTP date in the past", error(503, dateIn(-30)), Duration.ZERO),
                Arguments.of("429 retry-after-ms", throttled(new RetryAfterHeader.Millis(1500)), Duration.ofMillis(1500)),
                Arguments.of("429 seconds over the cap", throttled(seconds(3600)), CAP),
                Arguments.of("503 seconds over the cap", error(503, seconds(86_400)), CAP),
                Arguments.of("429 HTTP date over the cap", throttled(dateIn(7200)), CAP),
                Arguments.of("500 retry-after-ms over the cap", error(500, new RetryAfterHeader.Millis(90_000)), CAP),
                Arguments.of("429 ten-digit seconds", throttled(seconds(9_999_999_999L)), CAP),
                Arguments.of("408 seconds", error(408, seconds(4)), Duration.ofSeconds(4)),
                Arguments.of("502 page seconds", page(502, seconds(5)), Duration.ofSeconds(5)),
                Arguments.of("504 page HTTP date", page(504, dateIn(9)), Duration.ofSeconds(9)),
                Arguments.of("502 retry-after-ms", error(502, new RetryAfterHeader.Millis(2500)), Duration.ofMillis(2500)),
                Arguments.of("408 page seconds over the cap", page(408, seconds(3600)), CAP),
                Arguments.of("502 HTTP date over the cap", error(502, dateIn(7200)), CAP),
                Arguments.of("504 retry-after-ms over the cap", error(504, new RetryAfterHeader.Millis(600_000)), CAP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverAskedWaits")
    void theServersWaitIsHonouredUpToTheCapThenTheAnswerReturned(String name, Answer first, Duration expectedWait) {
        fixture.server().script(first, new Answer.Ok(ID, "Cancelling"));

        assertThat(client(capped()).cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(fixture.time().sleeps()).containsExactly(expectedWait);
        assertThat(fixture.server().requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5", "1.5", "", "Saturday", "Sat, 32 Nov 2026 99:00:00 GMT", "12345678901"})
    void aJunkRetryAfterFallsBackToJitteredExponentialBackoff(String junk) {
        RetryAfterHeader header = new RetryAfterHeader.Junk(junk);
        fixture.server().script(throttled(header), error(503, header), error(500, header), new Answer.Ok(ID, "Running"));

        assertThat(client(capped()).getTranslationStatus(ID).getStatus()).isEqualTo(Status.RUNNING);

        assertThreeBackoffWaits();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5", "1.5", "", "Saturday", "Sat, 32 Nov 2026 99:00:00 GMT", "12345678901"})
    void aJunkRetryAfterOnAGatewayStatusFallsBackToJitteredExponentialBackoff(String junk) {
        RetryAfterHeader header = new RetryAfterHeader.Junk(junk);
        fixture.server().script(error(408, header), page(502, header), page(504, header), new Answer.Ok(ID, "Running"));

        assertThat(client(capped()).getTranslationStatus(ID).getStatus()).isEqualTo(Status.RUNNING);

        assertThreeBackoffWaits();
    }

    @Test
    void aBadGatewayPageThenTheAnswerSucceedsAfterOneBackoffWait() {
        fixture.server().script(page(502, none()), new Answer.Ok(ID, "Cancelling"));

        assertThat(client(capped()).cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(fixture.server().requestCount()).isEqualTo(2);
        assertThat(fixture.server().requests()).allSatisfy(r -> assertThat(r.getMethod().getName()).isEqualTo("DELETE"));
        assertThat(fixture.time().sleeps()).as("the first backoff: 0.8 s +-20 %").singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(640), Duration.ofMillis(960)));
    }

    @Test
    void aGatewayTimeoutPageUntilTheBudgetRunsOutIsAServiceExceptionQuotingThePageWithoutTheKey() {
        String html = Answer.GatewayPage.html(504, Payloads.KEY);
        fixture.server().serve(page(504, none()).response(Payloads.KEY));

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> client(capped()).getTranslationStatus(ID));

        assertThat(e.statusCode()).isEqualTo(504);
        assertThat(e.error()).as("a page is no documented error").isEmpty();
        assertThat(e.getMessage())
                .contains("answered 504 with a body that is not the documented error: '<html> <head><title>504 Gateway"
                        + " Time-out</title></head> <body> <center><h1>504 Gateway Time-out</h1></center> <hr><center>gateway"
                        + " [redacted]</center>")
                .endsWith("... (" + html.length() + " bytes)' (after 3 retries)")
                .doesNotContain(Payloads.KEY)
                .hasSizeLessThan(400);
        assertThat(e.toString()).doesNotContain(Payloads.KEY);
        assertThat(fixture.server().requestCount()).isEqualTo(4);
        assertThreeBackoffWaits();
    }

    @Test
    void aMixedGatewaySequenceWithinTheBudgetEndsInTheAnswerAfterEachWait() {
        fixture.server().script(error(408, seconds(2)), page(502, none()), page(504, new RetryAfterHeader.Millis(700)),
                new Answer.Ok(ID, "Cancelled"));

        assertThat(client(capped()).cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLED);

        List<Duration> sleeps = fixture.time().sleeps();
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(sleeps.get(1)).as("the second backoff: 1.6 s +-20 %")
                .isBetween(Duration.ofMillis(1280), Duration.ofMillis(1920));
        assertThat(sleeps.get(2)).isEqualTo(Duration.ofMillis(700));
        assertThat(fixture.server().requestCount()).isEqualTo(4);
    }

    @Test
    void aMixedSequenceWithinTheBudgetEndsInTheAnswerAfterEachAskedWait() {
        fixture.server().script(throttled(seconds(1)), error(503, dateIn(1 + 5)), error(500, new RetryAfterHeader.None()),
                new Answer.Ok(ID, "Cancelled"));

        assertThat(client(capped()).getTranslationStatus(ID).getStatus()).isEqualTo(Status.CANCELLED);

        List<Duration> sleeps = fixture.time().sleeps();
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(sleeps.get(1)).as("the date is read against the clock after the first wait").isEqualTo(Duration.ofSeconds(5));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(2560), Duration.ofMillis(3840));
        assertThat(fixture.server().requestCount()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 6})
    void persistentThrottlingEndsInThrottledExceptionWithinTheBudget(int maxRetries) {
        fixture.server().script(throttled(seconds(3600)));

        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(capped().withMaxRetries(maxRetries)).cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.retryAfter()).as("what the server asked, uncapped, for the caller to judge")
                .contains(Duration.ofSeconds(3600));
        assertThat(fixture.server().requestCount()).isEqualTo(maxRetries + 1);
        assertThat(fixture.time().sleeps()).hasSize(maxRetries).allSatisfy(wait -> assertThat(wait).isEqualTo(CAP));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 503, 504})
    void persistentServerErrorsEndInServiceExceptionWithinTheBudget(int code) {
        fixture.server().script(error(code, seconds(2)));

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> client(capped()).getTranslationStatus(ID));

        assertThat(e.statusCode()).isEqualTo(code);
        assertThat(e.getMessage()).endsWith("(after 3 retries)");
        assertThat(fixture.server().requestCount()).isEqualTo(4);
        assertThat(fixture.time().sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void theLastAnswerDecidesTheException() {
        fixture.server().script(error(503, seconds(1)), error(500, seconds(1)), error(503, seconds(1)), throttled(seconds(1)));

        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(capped()).getTranslationStatus(ID));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(fixture.server().requestCount()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {501, 505, 507})
    void aServerErrorOutsideTheRetriedOnesIsNotRetried(int code) {
        fixture.server().script(error(code, seconds(1)), new Answer.Ok(ID, "Running"));

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> client(capped()).getTranslationStatus(ID));

        assertThat(e.statusCode()).isEqualTo(code);
        assertThat(fixture.server().requestCount()).isEqualTo(1);
        assertThat(fixture.time().sleeps()).isEmpty();
    }

    /** Three waits of the jittered exponential backoff: 0.8 s doubling, each +-20 %. */
    private void assertThreeBackoffWaits() {
        List<Duration> sleeps = fixture.time().sleeps();
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(640), Duration.ofMillis(960));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(1280), Duration.ofMillis(1920));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(2560), Duration.ofMillis(3840));
    }
}

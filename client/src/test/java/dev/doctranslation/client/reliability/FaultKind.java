package dev.doctranslation.client.reliability;

import dev.doctranslation.client.FakeTime;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The faults the randomized sequences are built from; each gets its own property and try count. */
enum FaultKind {
    CONNECTION_RESET(false),
    EMPTY_RESPONSE(false),
    MALFORMED_CHUNK(false),
    RANDOM_DATA_THEN_CLOSE(false),
    /** Headers later than the read timeout. */
    HEADERS_AFTER_READ_TIMEOUT(true),
    /** Headers at once, then a body slower than the read timeout. */
    BODY_AFTER_READ_TIMEOUT(true),
    NOT_JSON(false),
    TRUNCATED_JSON(false),
    THROTTLED_429(false),
    SERVER_ERROR_500(false),
    UNAVAILABLE_503(false),
    /** The documented error or a gateway's HTML page, at random, for each of 408, 502 and 504. */
    REQUEST_TIMEOUT_408(false),
    BAD_GATEWAY_502(false),
    GATEWAY_TIMEOUT_504(false);

    /** Slow kinds cost real time (a read timeout each), so they appear only in their own property. */
    static final Duration READ_TIMEOUT_WITH_STALLS = Duration.ofMillis(500);
    static final Duration STALL = Duration.ofMillis(2_500);

    final boolean slow;

    FaultKind(boolean slow) {
        this.slow = slow;
    }

    Arbitrary<Answer> answers() {
        return switch (this) {
            case CONNECTION_RESET -> Arbitraries.just(new Answer.SocketFault(Fault.CONNECTION_RESET_BY_PEER));
            case EMPTY_RESPONSE -> Arbitraries.just(new Answer.SocketFault(Fault.EMPTY_RESPONSE));
            case MALFORMED_CHUNK -> Arbitraries.just(new Answer.SocketFault(Fault.MALFORMED_RESPONSE_CHUNK));
            case RANDOM_DATA_THEN_CLOSE -> Arbitraries.just(new Answer.SocketFault(Fault.RANDOM_DATA_THEN_CLOSE));
            case HEADERS_AFTER_READ_TIMEOUT -> Arbitraries.just(new Answer.Stall(STALL));
            case BODY_AFTER_READ_TIMEOUT -> Arbitraries.just(new Answer.StalledBody(STALL));
            case NOT_JSON -> Arbitraries.just(new Answer.NotJson());
            case TRUNCATED_JSON -> Arbitraries.just(new Answer.TruncatedJson());
            case THROTTLED_429 -> retryAfters().map(Answer.Throttled::new);
            case SERVER_ERROR_500 -> retryAfters().map(r -> new Answer.ServerError(500, r));
            case UNAVAILABLE_503 -> retryAfters().map(r -> new Answer.ServerError(503, r));
            case REQUEST_TIMEOUT_408 -> errorOrPage(408);
            case BAD_GATEWAY_502 -> errorOrPage(502);
            case GATEWAY_TIMEOUT_504 -> errorOrPage(504);
        };
    }

    private static Arbitrary<Answer> errorOrPage(int code) {
        return Arbitraries.oneOf(retryAfters().map(r -> new Answer.ServerError(code, r)),
                retryAfters().map(r -> new Answer.GatewayPage(code, r)));
    }

    /** Every way of saying (or not saying) when to come back, including values over any cap. */
    static Arbitrary<RetryAfterHeader> retryAfters() {
        return Arbitraries.oneOf(
                Arbitraries.just(new RetryAfterHeader.None()),
                Arbitraries.longs().between(0, 7_200).map(RetryAfterHeader.Seconds::new),
                Arbitraries.longs().between(0, 120_000).map(RetryAfterHeader.Millis::new),
                Arbitraries.longs().between(-600, 7_200).map(s -> new RetryAfterHeader.HttpDate(FakeTime.START.plusSeconds(s))),
                Arbitraries.of("soon", "", "-1", "1.5", "12345678901", "Mon, 99 Foo 2026 25:61:61 GMT")
                        .map(RetryAfterHeader.Junk::new));
    }

    static Arbitrary<Answer> anyFast() {
        return Arbitraries.of(values()).filter(kind -> !kind.slow).flatMap(FaultKind::answers);
    }
}

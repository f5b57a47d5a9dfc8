package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import feign.Request;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Collections;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's settings, where behaviour alone would not show a mistake: feign-okhttp builds a
 * whole new OkHttp client for every call whose Feign options differ from its client's, which is
 * slow but otherwise invisible; a positive timeout under a millisecond must not become OkHttp's 0,
 * "no timeout". The behaviour itself (no resend, no redirect, deadlines, interrupts) is tested
 * against real servers in the reliability tests.
 */
class OkHttpTransportTest {
    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    @Test
    void theFeignOptionsAreTheOkHttpClientsOwnSoNoCallBuildsANewClient() {
        OkHttpTransport transport = new OkHttpTransport(Duration.ofMillis(1_234), Duration.ofSeconds(56));
        OkHttpClient http = transport.okHttp();
        Request.Options options = transport.options();

        assertThat(options.connectTimeoutMillis()).isEqualTo(http.connectTimeoutMillis()).isEqualTo(1_234);
        assertThat(options.readTimeoutMillis()).isEqualTo(http.readTimeoutMillis()).isEqualTo(56_000);
        assertThat(options.isFollowRedirects()).isEqualTo(http.followRedirects()).isFalse();
    }

    @Test
    void oneAttemptIsBoundedByConnectPlusReadTimeoutAndNothingIsRepeatedOrFollowed() {
        OkHttpClient http = new OkHttpTransport(Duration.ofSeconds(10), Duration.ofSeconds(30)).okHttp();

        assertThat(http.callTimeoutMillis()).isEqualTo(40_000);
        assertThat(http.retryOnConnectionFailure()).isFalse();
        assertThat(http.followRedirects()).isFalse();
        assertThat(http.followSslRedirects()).isFalse();
        assertThat(http.protocols()).containsExactly(Protocol.HTTP_1_1);
        assertThat(http.fastFallback()).as("connects on the calling thread").isFalse();
    }

    @Test
    void timeoutsAreWholeMillisecondsRoundedUpNeverZeroAndWithinAnInt() {
        assertThat(OkHttpTransport.millis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(OkHttpTransport.millis(Duration.ofMillis(1_500))).isEqualTo(1_500);
        assertThat(OkHttpTransport.millis(Duration.ofNanos(1_500_000_001))).isEqualTo(1_501);
        assertThat(OkHttpTransport.millis(Duration.ofDays(365))).isEqualTo(Integer.MAX_VALUE);
        OkHttpClient longest = new OkHttpTransport(Duration.ofDays(365), Duration.ofDays(365)).okHttp();
        assertThat(longest.callTimeoutMillis()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anUndeclaredInterruptedExceptionBecomesAnInterruptedIoExceptionAndKeepsTheFlag() {
        feign.Client sneaky = (request, options) -> throwUnchecked(new InterruptedException("waiting"));
        Request request = Request.create(Request.HttpMethod.GET, "http://127.0.0.1:1/x", Collections.emptyMap(),
                null, null, null);

        InterruptedIOException e = catchThrowableOfType(InterruptedIOException.class,
                () -> new OkHttpTransport.CheckedExceptionsAsIo(sneaky).execute(request, new Request.Options()));

        assertThat(e).hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> feign.Response throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }
}

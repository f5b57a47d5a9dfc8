package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's settings, where behaviour alone would not show a mistake: a positive timeout
 * under a millisecond must not become OkHttp's 0, "no timeout"; a log that is off costs no
 * interceptor. The behaviour itself (no resend, no redirect, deadlines, interrupts) is tested
 * against real servers in the reliability tests.
 */
class OkHttpTransportTest {
    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    @Test
    void aLogIsAnInterceptorOnlyWhenOneIsAskedFor() {
        assertThat(new OkHttpTransport(Duration.ofSeconds(1), Duration.ofSeconds(1)).okHttp().networkInterceptors())
                .noneMatch(HttpLoggingInterceptor.class::isInstance);
        assertThat(new OkHttpTransport(Duration.ofSeconds(1), Duration.ofSeconds(1), LogLevel.HEADERS, () -> "k")
                .okHttp().networkInterceptors())
                .last().isInstanceOfSatisfying(HttpLoggingInterceptor.class,
                        log -> assertThat(log.getLevel()).isEqualTo(HttpLoggingInterceptor.Level.HEADERS));
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
        InterruptedIOException e = catchThrowableOfType(InterruptedIOException.class,
                () -> OkHttpTransport.asIo(() -> throwUnchecked(new InterruptedException("waiting"))));

        assertThat(e).hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> okhttp3.Response throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }
}

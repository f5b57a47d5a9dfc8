package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartOptionsTest {

    @Test
    void defaults() {
        StartOptions options = StartOptions.parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.keyEnv()).isEqualTo("DOCUMENT_TRANSLATION_KEY");
        assertThat(options.throttleEvery()).isZero();
        assertThat(options.requestLog()).as("one line per request unless asked not to").isTrue();
    }

    @Test
    void everyFlag() {
        StartOptions options =
                StartOptions.parse(
                        "--port", "0", "--host", "::1", "--key-env", "MY_KEY", "--pace-ms", "50",
                        "--cancel-settle-ms", "0", "--demo-operations", "0", "--latency-ms", "5",
                        "--throttle-every", "10", "--unavailable-every", "20", "--unavailable-burst", "3",
                        "--retry-after", "4", "--no-request-log");

        assertThat(options)
                .isEqualTo(
                        new StartOptions(
                                "::1", 0, "MY_KEY", Duration.ofMillis(50), Duration.ZERO, 0, Duration.ofMillis(5),
                                10, 20, 3, 4, false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-request-log", "--quiet"})
    void theRequestLogCanBeTurnedOff(String flag) {
        assertThat(StartOptions.parse(flag).requestLog()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--port", "--port x", "--port 70000", "--bogus", "--key-env", "--unavailable-burst 3",
                "--retry-after -1"
            })
    void mistakesAreRefusedBeforeStart(String args) {
        assertThatThrownBy(() -> StartOptions.parse(args.split(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

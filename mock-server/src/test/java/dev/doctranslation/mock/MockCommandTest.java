package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The standalone jar's command line, read without starting a mock (a mistake never starts one). */
@Timeout(30)
class MockCommandTest {

    @Test
    void defaults() {
        StartOptions options = MockCommand.parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.keyEnv()).isEqualTo("DOCUMENT_TRANSLATION_KEY");
        assertThat(options.demoOperations()).isEqualTo(3);
        assertThat(options.throttleEvery()).isZero();
        assertThat(options.latency()).isZero();
        assertThat(options.requestLog()).as("one line per request unless asked not to").isTrue();
        assertThat(options.adminTokenEnv()).isEqualTo("DOCUMENT_TRANSLATION_ADMIN_TOKEN");
        assertThat(options.headerReadTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theSettingsAStandaloneSharesWithTheBuilderHaveTheBuildersDefaults() {
        StartOptions options = MockCommand.parse();

        assertThat(options.host()).isEqualTo(MockServer.Builder.DEFAULT_HOST);
        assertThat(options.pace()).isEqualTo(Duration.ofMillis(MockServer.Builder.DEFAULT_PACE_MILLIS));
        assertThat(options.cancelSettleDelay())
                .isEqualTo(Duration.ofMillis(MockServer.Builder.DEFAULT_CANCEL_SETTLE_MILLIS))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(options.retryAfterSeconds()).isEqualTo(MockServer.Builder.DEFAULT_RETRY_AFTER_SECONDS);
        assertThat(options.headerReadTimeout())
                .isEqualTo(Duration.ofMillis(MockServer.Builder.DEFAULT_HEADER_READ_TIMEOUT_MILLIS));
        assertThat(options.recorded()).as("answers as recorded: off").isEqualTo(RecordedBehaviour.NONE);
        assertThat(options.retention()).as("every operation kept, as by the builder").isEqualTo(StoreRetention.OFF);
    }

    @Test
    void everyFlag() {
        StartOptions options =
                MockCommand.parse(
                        "--port", "0", "--host", "::1", "--key-env", "MY_KEY", "--pace-ms", "50",
                        "--cancel-settle-ms", "0", "--demo-operations", "0", "--latency-ms", "5",
                        "--throttle-every", "10", "--unavailable-every", "20", "--unavailable-burst", "3",
                        "--retry-after", "4", "--no-request-log", "--header-read-timeout-ms", "1500",
                        "--admin-token-env", "MY_ADMIN_TOKEN", "--cancel-answers-before-applying",
                        "--document-count-delay-ms", "250", "--retention", "24h", "--max-operations", "1000");

        assertThat(options)
                .isEqualTo(
                        new StartOptions(
                                "::1", 0, "MY_KEY", Duration.ofMillis(50), Duration.ZERO, 0, Duration.ofMillis(5),
                                10, 20, 3, 4, false, Duration.ofMillis(1500), "MY_ADMIN_TOKEN",
                                new RecordedBehaviour(true, Duration.ofMillis(250)),
                                new StoreRetention(Duration.ofHours(24), 1000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-request-log", "--quiet"})
    void theRequestLogCanBeTurnedOff(String flag) {
        assertThat(MockCommand.parse(flag).requestLog()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port                | option '--port'",
        "--port x              | '--port': 'x' is not an int",
        "--port 70000          | --port must be between 0 and 65535: 70000",
        "--bogus               | Unknown option: '--bogus'",
        "--key-env             | option '--key-env'",
        "--pace-ms 0           | --pace-ms must be between 1 and 3600000: 0",
        "--demo-operations 1001 | --demo-operations must be between 0 and 1000: 1001",
        "--unavailable-burst 3 | --unavailable-burst must be below --unavailable-every",
        "--retry-after -1      | --retry-after must be between 0 and 86400: -1",
        "--header-read-timeout-ms 0 | --header-read-timeout-ms must be between 1 and 3600000: 0",
        "--admin-token-env     | option '--admin-token-env'",
        "--document-count-delay-ms -1 | --document-count-delay-ms must be between 0 and 3600000: -1",
        "--retention soon      | --retention must be a number and a unit (ms, s, m, h, d), such as 24h",
        "--retention 0s        | --retention must be above 0 and at most 365d: 0s",
        "--retention 366d      | --retention must be above 0 and at most 365d: 366d",
        "--max-operations -1   | --max-operations must be between 0 and 2147483647: -1"
    })
    void aMistakeExits2NamingTheOptionAndStartsNothing(String args, String message) {
        Run run = run(args.split(" "));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: ").contains(message).contains("Try --help.");
        assertThat(run.out()).as("nothing started").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "90s, PT1M30S", "30m, PT30M", "24h, PT24H", "7d, PT168H", "PT24H, PT24H", "pt1h30m, PT1H30M"})
    void theRetentionIsANumberAndAUnitOrIso8601(String flag, String duration) {
        assertThat(MockCommand.parse("--retention", flag).retention())
                .isEqualTo(new StoreRetention(Duration.parse(duration), 0));
    }

    @Test
    void aBlankValueIsAMistake() {
        Run run = run("--host", " ");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--host needs a value that is not blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpListsEveryOptionWithItsDefaultAndStartsNothing(String flag) {
        Run run = run(flag);

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Usage: doctranslation-mock-server")
                .contains("--port=N", "--host=ADDRESS", "--key-env=NAME", "--pace-ms=MS", "--cancel-settle-ms=MS",
                        "--demo-operations=N", "--latency-ms=MS", "--throttle-every=N", "--unavailable-every=N",
                        "--unavailable-burst=M", "--retry-after=S", "--no-request-log", "--quiet",
                        "--header-read-timeout-ms=MS", "--admin-token-env=NAME", "--cancel-answers-before-applying",
                        "--document-count-delay-ms=MS", "--retention=TIME", "--max-operations=N")
                .contains("(default: 500)")
                .contains("(default: 10000)")
                .contains("Exit codes:")
                .doesNotContain("listening");
        assertThat(run.err()).isEmpty();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MockCommand.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.<String, String>of()::get, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCredentialAndTlsOptionsDefaultToNoBearerTokenAndPlainHttp() {
        ApiAccessOptions access = MockCommand.parseApiAccess();

        assertThat(access).isEqualTo(new ApiAccessOptions("DOCUMENT_TRANSLATION_BEARER_TOKEN", false, null));
    }

    @Test
    void theCredentialAndTlsOptionsAreRead() {
        assertThat(MockCommand.parseApiAccess("--bearer-token-env", "MY_TOKEN", "--tls"))
                .isEqualTo(new ApiAccessOptions("MY_TOKEN", true, null));
        assertThat(MockCommand.parseApiAccess("--tls-cert-out", "out/mock.pem"))
                .as("a certificate file implies tls")
                .isEqualTo(new ApiAccessOptions("DOCUMENT_TRANSLATION_BEARER_TOKEN", true, Path.of("out/mock.pem")));
    }

    @Test
    void aBlankBearerTokenVariableIsAMistake() {
        Run run = run("--bearer-token-env", " ");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--bearer-token-env needs a value that is not blank");
    }

    @Test
    void helpListsTheCredentialAndTlsOptions() {
        Run run = run("--help");

        assertThat(run.out()).contains("--bearer-token-env=NAME", "--tls", "--tls-cert-out=PATH", "2024-05-01");
    }
}

package dev.doctranslation.mock;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The standalone jar's command line: {@code java -jar doctranslation-mock-server.jar --port 8080}.
 * Picocli reads it; {@link #options()} then refuses values out of range, so a mistake exits 2 with
 * a message naming the option before anything starts. The defaults a standalone shares with the
 * in-process mock come from {@link MockServer.Builder}'s constants.
 */
@Command(name = "doctranslation-mock-server", mixinStandardHelpOptions = true,
        versionProvider = MockCommand.Version.class, sortOptions = false,
        description = "Serves the Document Translation cancel contract, every version at once (v1.0-preview.1, v1.0,"
                + " v1.1, 2024-05-01) over one set of operations, with a real state machine until Ctrl-C. Prints the"
                + " base URL of each version, the provider-state URL and the ids of a few live operations, then one line"
                + " per request.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C (the JVM itself reports 130 after SIGINT), or --help, --version",
            "1:could not start (the port is taken, the address is not this machine's)",
            "2:bad usage: an unknown option, or a value that is missing, not a number or out of range"})
final class MockCommand implements Callable<Integer> {

    static final String DEFAULT_KEY_ENV = "DOCUMENT_TRANSLATION_KEY";
    static final String DEFAULT_ADMIN_TOKEN_ENV = "DOCUMENT_TRANSLATION_ADMIN_TOKEN";
    /**
     * The standalone's port, unlike the builder's free one: a process that clients and Pact's
     * verifier are pointed at needs a port known before it starts.
     */
    static final int STANDALONE_PORT = 8080;
    /** The longest pace and settle delay accepted: an hour, longer than any test waits. */
    private static final long MAX_DELAY_MS = 3_600_000;
    private static final int MAX_DEMO_OPERATIONS = 1_000;

    @Option(names = "--port", paramLabel = "N",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = STANDALONE_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = MockServer.Builder.DEFAULT_HOST;

    @Option(names = "--key-env", paramLabel = "NAME",
            description = "environment variable holding the subscription key (default: ${DEFAULT-VALUE});"
                    + " when it is unset, a key is generated and printed once")
    String keyEnv = DEFAULT_KEY_ENV;

    @Option(names = "--admin-token-env", paramLabel = "NAME",
            description = "environment variable holding an admin token (default: ${DEFAULT-VALUE}); when the mock"
                    + " listens beyond loopback, /_states takes it as 'Authorization: Bearer <token>' besides the key")
    String adminTokenEnv = DEFAULT_ADMIN_TOKEN_ENV;

    @Option(names = "--pace-ms", paramLabel = "MS",
            description = "how long each document of a live operation takes (default: ${DEFAULT-VALUE})")
    long paceMs = MockServer.Builder.DEFAULT_PACE_MILLIS;

    @Option(names = "--cancel-settle-ms", paramLabel = "MS",
            description = "delay from an accepted cancel to Cancelled for documents in flight (default: ${DEFAULT-VALUE})")
    long cancelSettleMs = MockServer.Builder.DEFAULT_CANCEL_SETTLE_MILLIS;

    @Option(names = "--demo-operations", paramLabel = "N",
            description = "live operations created at start, ids printed (default: ${DEFAULT-VALUE})")
    int demoOperations = 3;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "added to every API request (default: ${DEFAULT-VALUE})")
    long latencyMs;

    @Option(names = "--throttle-every", paramLabel = "N",
            description = "every N-th API request answers 429 (default: ${DEFAULT-VALUE}: never)")
    int throttleEvery;

    @Option(names = "--unavailable-every", paramLabel = "N",
            description = "with --unavailable-burst M: of every N API requests, the last M answer 503")
    int unavailableEvery;

    @Option(names = "--unavailable-burst", paramLabel = "M",
            description = "see --unavailable-every (default: ${DEFAULT-VALUE}: never)")
    int unavailableBurst;

    @Option(names = "--retry-after", paramLabel = "S",
            description = "Retry-After seconds of those faults (default: ${DEFAULT-VALUE})")
    int retryAfterSeconds = MockServer.Builder.DEFAULT_RETRY_AFTER_SECONDS;

    @Option(names = "--header-read-timeout-ms", paramLabel = "MS",
            description = "time a client has to send a request's line and header fields; then 408 and close"
                    + " (default: ${DEFAULT-VALUE})")
    long headerReadTimeoutMs = MockServer.Builder.DEFAULT_HEADER_READ_TIMEOUT_MILLIS;

    @Option(names = {"--no-request-log", "--quiet"},
            description = "no line per request, for load tests (the start-up lines and the stop message stay)")
    boolean noRequestLog;

    // Versions' credentials and TLS: kept together, apart from the options above.

    static final String DEFAULT_BEARER_TOKEN_ENV = "DOCUMENT_TRANSLATION_BEARER_TOKEN";

    @Option(names = "--bearer-token-env", paramLabel = "NAME",
            description = "environment variable holding the bearer token 2024-05-01 accepts as 'Authorization: Bearer"
                    + " <token>' instead of the key (default: ${DEFAULT-VALUE}); unset, no bearer token is accepted")
    String bearerTokenEnv = DEFAULT_BEARER_TOKEN_ENV;

    @Option(names = "--tls", description = "serve https with a self-signed certificate made at start (its PEM file is"
            + " printed)")
    boolean tls;

    @Option(names = "--tls-cert-out", paramLabel = "PATH",
            description = "where to write the certificate's PEM (implies --tls; default: a temporary file, deleted at stop)")
    Path tlsCertOut;

    /** Parses {@code args} and answers the credential and TLS settings, without starting anything. */
    static ApiAccessOptions parseApiAccess(String... args) {
        MockCommand command = new MockCommand(System.out, System::getenv);
        new CommandLine(command).parseArgs(args);
        return command.apiAccess();
    }

    /** The credential and TLS settings read, checked. */
    ApiAccessOptions apiAccess() {
        return new ApiAccessOptions(nonBlank("--bearer-token-env", bearerTokenEnv), tls || tlsCertOut != null, tlsCertOut);
    }

    // Answers as the live service's recorded sessions show (RecordedBehaviour); off by default.
    @Option(names = "--cancel-answers-before-applying",
            description = "an accepted cancel answers 200 with the status and counts from before it, as the live"
                    + " service did at v1.0; the next read shows it applied")
    boolean cancelAnswersBeforeApplying;

    @Option(names = "--document-count-delay-ms", paramLabel = "MS",
            description = "a NotStarted operation counts its documents this long after submission, showing a summary"
                    + " of all zeros (and Cancelling once cancelled) until then, as the live service does"
                    + " (default: ${DEFAULT-VALUE}: at once)")
    long documentCountDelayMs;

    // The store's retention (StoreRetention): finished operations forgotten; off by default.
    @Option(names = "--retention", paramLabel = "TIME",
            description = "forget a finished operation this long after it finished, as the live service does (then"
                    + " 404): a number and a unit, ms, s, m, h or d (24h, 90m), or ISO-8601 (PT24H); default: never")
    String retention;

    @Option(names = "--max-operations", paramLabel = "N",
            description = "hold at most N operations: beyond it, forget the finished ones that finished first"
                    + " (default: no cap)")
    int maxOperations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final Function<String, String> environment;

    MockCommand(PrintStream out, Function<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    /**
     * Parses {@code args} and runs the mock until Ctrl-C; answers the exit code. Streams rather
     * than writers, as the request log writes to the same stream as the start-up lines.
     */
    static int run(PrintStream out, PrintStream err, Function<String, String> environment, String... args) {
        PrintWriter errors = new PrintWriter(err, true);
        CommandLine line = new CommandLine(new MockCommand(out, environment));
        line.setOut(new PrintWriter(out, true)).setErr(errors);
        line.setParameterExceptionHandler((e, a) -> {
            errors.println("error: " + e.getMessage());
            errors.println("Try --help.");
            return 2;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            errors.println("error: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return 1;
        });
        return line.execute(args);
    }

    /** Parses and checks {@code args} without starting anything. */
    static StartOptions parse(String... args) {
        MockCommand command = new MockCommand(System.out, System::getenv);
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Override
    public Integer call() throws InterruptedException {
        StartOptions options = options();
        ApiAccessOptions access = apiAccess();
        Main.serve(options, access, environment.apply(options.keyEnv()), environment.apply(options.adminTokenEnv()),
                environment.apply(access.bearerTokenEnv()), out);
        return 0;
    }

    /** The values read, checked: a value out of range is a {@link ParameterException} naming its option. */
    StartOptions options() {
        if (unavailableBurst > 0 && unavailableBurst >= unavailableEvery) {
            throw new ParameterException(spec.commandLine(),
                    "--unavailable-burst must be below --unavailable-every: " + unavailableBurst + " >= " + unavailableEvery);
        }
        return new StartOptions(
                nonBlank("--host", host),
                (int) within("--port", port, 0, 65_535),
                nonBlank("--key-env", keyEnv),
                Duration.ofMillis(within("--pace-ms", paceMs, 1, MAX_DELAY_MS)),
                Duration.ofMillis(within("--cancel-settle-ms", cancelSettleMs, 0, MAX_DELAY_MS)),
                (int) within("--demo-operations", demoOperations, 0, MAX_DEMO_OPERATIONS),
                Duration.ofMillis(within("--latency-ms", latencyMs, 0, Faults.MAX_LATENCY.toMillis())),
                (int) within("--throttle-every", throttleEvery, 0, Integer.MAX_VALUE),
                (int) within("--unavailable-every", unavailableEvery, 0, Integer.MAX_VALUE),
                (int) within("--unavailable-burst", unavailableBurst, 0, Integer.MAX_VALUE),
                (int) within("--retry-after", retryAfterSeconds, 0, Faults.MAX_RETRY_AFTER_SECONDS),
                !noRequestLog,
                Duration.ofMillis(within("--header-read-timeout-ms", headerReadTimeoutMs, 1,
                        MockServer.MAX_HEADER_READ_TIMEOUT.toMillis())),
                nonBlank("--admin-token-env", adminTokenEnv),
                new RecordedBehaviour(cancelAnswersBeforeApplying,
                        Duration.ofMillis(within("--document-count-delay-ms", documentCountDelayMs, 0, MAX_DELAY_MS))),
                new StoreRetention(retention == null ? null : retention(),
                        (int) within("--max-operations", maxOperations, 0, Integer.MAX_VALUE)));
    }

    /** {@code --retention}: a number with a unit (ms, s, m, h, d) or an ISO-8601 duration, checked. */
    private Duration retention() {
        Duration parsed = DurationText.parse(retention);
        if (parsed == null) {
            throw new ParameterException(spec.commandLine(), "--retention must be a number and a unit (ms, s, m, h,"
                    + " d), such as 24h, or an ISO-8601 duration such as PT24H: " + retention);
        }
        if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(StoreRetention.MAX_KEEP_FINISHED) > 0) {
            throw new ParameterException(spec.commandLine(), "--retention must be above 0 and at most "
                    + StoreRetention.MAX_KEEP_FINISHED.toDays() + "d: " + retention);
        }
        return parsed;
    }

    private long within(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    private String nonBlank(String option, String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " needs a value that is not blank");
        }
        return value;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MockCommand.class.getPackage().getImplementationVersion();
            return new String[] {"doctranslation-mock-server " + (version == null ? "(development build)" : version)};
        }
    }
}

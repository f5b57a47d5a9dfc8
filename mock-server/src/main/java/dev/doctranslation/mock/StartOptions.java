package dev.doctranslation.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The standalone jar's command line, parsed and checked before anything starts. */
record StartOptions(
        String host,
        int port,
        String keyEnv,
        Duration pace,
        Duration cancelSettleDelay,
        int demoOperations,
        Duration latency,
        int throttleEvery,
        int unavailableEvery,
        int unavailableBurst,
        int retryAfterSeconds,
        boolean requestLog,
        boolean help) {

    static final String DEFAULT_KEY_ENV = "DOCUMENT_TRANSLATION_KEY";

    static final String USAGE =
            """
            Usage: java -jar doctranslation-mock-server.jar [options]

              --port N                 port to listen on (default 8080; 0 picks a free one)
              --host ADDRESS           address to listen on (default 127.0.0.1)
              --key-env NAME           environment variable holding the subscription key
                                       (default DOCUMENT_TRANSLATION_KEY; unset: a key is generated
                                       and printed once)
              --pace-ms MS             how long each document of a live operation takes (default 1000)
              --cancel-settle-ms MS    Cancelling -> Cancelled delay after a cancel (default 2000)
              --demo-operations N      live operations created at start, ids printed (default 3)
              --latency-ms MS          added to every API request (default 0)
              --throttle-every N       every N-th API request answers 429 (default 0: never)
              --unavailable-every N    with --unavailable-burst M: of every N API requests,
              --unavailable-burst M    the last M answer 503 (default 0: never)
              --retry-after S          Retry-After seconds of those faults (default 1)
              --no-request-log         no line per request (for load tests); --quiet is the same
              --help                   this text
            """;

    static StartOptions parse(String... args) {
        String host = "127.0.0.1";
        int port = 8080;
        String keyEnv = DEFAULT_KEY_ENV;
        long paceMs = 1_000;
        long settleMs = 2_000;
        int demo = 3;
        long latencyMs = 0;
        int throttleEvery = 0;
        int unavailableEvery = 0;
        int unavailableBurst = 0;
        int retryAfter = 1;
        boolean requestLog = true;
        boolean help = false;
        Iterator<String> it = List.of(args).iterator();
        List<String> unknown = new ArrayList<>();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--port" -> port = (int) number(option, it, 0, 65_535);
                case "--host" -> host = value(option, it);
                case "--key-env" -> keyEnv = value(option, it);
                case "--pace-ms" -> paceMs = number(option, it, 1, 3_600_000);
                case "--cancel-settle-ms" -> settleMs = number(option, it, 0, 3_600_000);
                case "--demo-operations" -> demo = (int) number(option, it, 0, 1_000);
                case "--latency-ms" -> latencyMs = number(option, it, 0, Faults.MAX_LATENCY.toMillis());
                case "--throttle-every" -> throttleEvery = (int) number(option, it, 0, Integer.MAX_VALUE);
                case "--unavailable-every" ->
                        unavailableEvery = (int) number(option, it, 0, Integer.MAX_VALUE);
                case "--unavailable-burst" ->
                        unavailableBurst = (int) number(option, it, 0, Integer.MAX_VALUE);
                case "--retry-after" ->
                        retryAfter = (int) number(option, it, 0, Faults.MAX_RETRY_AFTER_SECONDS);
                case "--no-request-log", "--quiet" -> requestLog = false;
                case "--help", "-h" -> help = true;
                default -> unknown.add(option);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + String.join(" ", unknown));
        }
        if (unavailableBurst > 0 && unavailableBurst >= unavailableEvery) {
            throw new IllegalArgumentException(
                    "--unavailable-burst must be below --unavailable-every");
        }
        return new StartOptions(
                host, port, keyEnv, Duration.ofMillis(paceMs), Duration.ofMillis(settleMs), demo,
                Duration.ofMillis(latencyMs), throttleEvery, unavailableEvery, unavailableBurst,
                retryAfter, requestLog, help);
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = it.next();
        if (value.isBlank() || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static long number(String option, Iterator<String> it, long min, long max) {
        String value = value(option, it);
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: " + value);
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(
                    option + " must be between " + min + " and " + max + ": " + number);
        }
        return number;
    }
}

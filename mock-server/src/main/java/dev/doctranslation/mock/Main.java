package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * The standalone mock: {@code java -jar doctranslation-mock-server.jar --port 8080}. Its command
 * line is {@link MockCommand}'s. Prints the base URL of every version (and a generated key, once,
 * when none is given), logs one line per request unless {@code --no-request-log} is given, and stops cleanly on
 * Ctrl-C.
 */
public final class Main {

    /** Grizzly and Jersey log through java.util.logging; kept here so the level setting sticks. */
    private static final java.util.logging.Logger GLASSFISH =
            java.util.logging.Logger.getLogger("org.glassfish");

    private Main() {}

    public static void main(String[] args) {
        configureLogging();
        int exit = MockCommand.run(System.out, System.err, System::getenv, args);
        // Not on 0: after Ctrl-C the JVM is already shutting down, where System.exit would only block.
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * Starts the mock, prints the start-up lines and waits until Ctrl-C has stopped it. The key and
     * the admin token come from the environment, never from the command line, where any user of
     * the machine could read them ({@code ps}).
     */
    static void serve(
            StartOptions options,
            ApiAccessOptions access,
            String keyFromEnvironment,
            String adminTokenFromEnvironment,
            String bearerTokenFromEnvironment,
            PrintStream out)
            throws InterruptedException {
        boolean generated = keyFromEnvironment == null || keyFromEnvironment.isBlank();
        boolean adminToken = adminTokenFromEnvironment != null && !adminTokenFromEnvironment.isBlank();
        MockServer.Builder builder =
                MockServer.builder()
                        .host(options.host())
                        .port(options.port())
                        .pace(options.pace())
                        .cancelSettleDelay(options.cancelSettleDelay())
                        .latency(options.latency())
                        .throttleEvery(options.throttleEvery())
                        .unavailableBursts(options.unavailableEvery(), options.unavailableBurst())
                        .retryAfterSeconds(options.retryAfterSeconds())
                        .headerReadTimeout(options.headerReadTimeout());
        options.recorded().applyTo(builder);
        options.retention().applyTo(builder);
        if (!generated) {
            builder.key(keyFromEnvironment);
        }
        if (adminToken) {
            builder.adminToken(adminTokenFromEnvironment);
        }
        boolean bearerToken = bearerTokenFromEnvironment != null && !bearerTokenFromEnvironment.isBlank();
        if (bearerToken) {
            builder.bearerToken(bearerTokenFromEnvironment);
        }
        if (access.tls()) {
            builder.tls(true);
            if (access.tlsCertificateOut() != null) {
                builder.tlsCertificateOut(access.tlsCertificateOut());
            }
        }
        BufferedRequestLog requestLog = requestLog(options, out);
        if (requestLog != null) {
            builder.requestLog(requestLog);
        } else {
            builder.requestLog(false);
        }
        MockServer server = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    server.stop(Duration.ofSeconds(2));
                                    // After the stop, so the lines of the last requests are in.
                                    if (requestLog != null) {
                                        requestLog.close();
                                    }
                                    out.println("Document Translation mock stopped.");
                                    out.flush();
                                    stopped.countDown();
                                },
                                "mock-server-shutdown"));

        out.println("Document Translation mock listening.");
        out.println("  Base URL:        " + server.baseUrl());
        for (ServiceVersion version : ServiceVersion.all()) {
            if (version != ServiceVersion.V1_0_PREVIEW_1) {
                out.println("  Base URL " + version.id() + ": " + server.apiBase(version)
                        + version.apiVersionQuery().map(v -> " (every request adds ?"
                                + ServiceVersion.API_VERSION_PARAMETER + "=" + v + ")").orElse(""));
            }
        }
        server.tlsCertificate().ifPresent(pem ->
                out.println("  TLS certificate: " + pem + " (self-signed, made at start: trust this PEM to call https)"));
        out.println("  Provider states: " + server.statesUrl() + statesAccess(server, adminToken, options.adminTokenEnv()));
        if (generated) {
            out.println(
                    "  Subscription key (generated, shown once; set " + options.keyEnv()
                            + " to choose one): " + server.key());
        } else {
            out.println("  Subscription key: from $" + options.keyEnv());
        }
        out.println(bearerToken
                ? "  Bearer token (2024-05-01): from $" + access.bearerTokenEnv()
                : "  Bearer token (2024-05-01): none accepted (set " + access.bearerTokenEnv() + " to choose one)");
        if (!options.retention().off()) {
            out.println("  Retention:       " + retentionLine(options.retention()));
        }
        for (int i = 0; i < options.demoOperations(); i++) {
            UUID id = server.operations().submit(10);
            out.println("  Live operation:  " + id);
        }
        out.println("Ctrl-C stops it.");
        out.flush();
        stopped.await();
    }

    /** What the store forgets, when the retention is on. */
    static String retentionLine(StoreRetention retention) {
        String age = retention.keepFinished() == null ? null
                : "finished operations forgotten " + retention.keepFinished() + " after they finish";
        String cap = retention.maxOperations() == 0 ? null
                : "at most " + retention.maxOperations() + " operations held (the oldest finished forgotten first)";
        return age == null ? cap : cap == null ? age : age + "; " + cap;
    }

    /** How the provider-state URL may be used: open on loopback, else with the key (or the admin token). */
    static String statesAccess(MockServer server, boolean adminToken, String adminTokenEnv) {
        if (!server.statesNeedCredentials()) {
            return " (no key needed)";
        }
        return adminToken
                ? " (needs the key, or the admin token from $" + adminTokenEnv + " as 'Authorization: Bearer')"
                : " (needs the key)";
    }

    /**
     * The request log, or null when it is off: by {@code --no-request-log}, or, as before that flag
     * existed, by the SLF4J level of its logger ({@code
     * -Dorg.slf4j.simpleLogger.log.dev.doctranslation.mock.requests=warn}).
     */
    private static BufferedRequestLog requestLog(StartOptions options, PrintStream out) {
        if (!options.requestLog() || !LoggerFactory.getLogger(RequestLog.LOGGER_NAME).isInfoEnabled()) {
            return null;
        }
        return new BufferedRequestLog(out, ZoneId.systemDefault(), BufferedRequestLog.FLUSH_INTERVAL);
    }

    /**
     * slf4j-simple for the mock's own rare lines (the request lines go through {@link
     * BufferedRequestLog}, in the same layout); Grizzly's and Jersey's start-up chatter only when
     * it is a warning. System properties set on the command line still win.
     */
    private static void configureLogging() {
        GLASSFISH.setLevel(Level.WARNING);
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.out");
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}

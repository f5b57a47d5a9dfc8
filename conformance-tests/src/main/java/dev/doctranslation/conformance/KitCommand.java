package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
import dev.doctranslation.mock.MockServer;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar doctranslation-conformance.jar}: runs the catalogue against a target (the
 * embedded mock by default), prints a line per check and a table, writes the reports, and exits
 * 0 (no MUST failed), 1 (one did) or 2 (bad usage or unreachable target).
 */
@Command(name = "doctranslation-conformance", mixinStandardHelpOptions = true,
        versionProvider = KitCommand.Version.class, sortOptions = false,
        description = {"Checks an endpoint against the Document Translation cancel contract.",
            "With no --target, checks the reference mock, started in this JVM."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no MUST check failed (warnings and skips may remain)", "1:at least one MUST check failed",
            "2:bad usage, the target or its state-change URL unreachable, or a chosen service version's route"
                    + " not served"})
final class KitCommand implements Callable<Integer> {
    @Option(names = "--target", paramLabel = "URL",
            description = "endpoint as the SDK takes it, e.g. https://my-translator.cognitiveservices.azure.com "
                    + "(the API path is added); default: the embedded mock")
    String target;

    @Option(names = "--service-version", paramLabel = "V",
            description = "service version to check, repeatable: " + "v1.0-preview.1, v1.0, v1.1, 2024-05-01; or"
                    + " 'detect': every version whose route the target serves. Default: every version against the"
                    + " embedded mock, v1.0-preview.1 against --target")
    List<String> serviceVersions = new ArrayList<>();

    @Option(names = "--key-env", paramLabel = "NAME", defaultValue = "DOCUMENT_TRANSLATION_KEY",
            description = "environment variable holding the subscription key (default: ${DEFAULT-VALUE}); "
                    + "the key is never taken as an argument")
    String keyEnv;

    @Option(names = "--state-change-url", paramLabel = "URL",
            description = "provider-state URL (POST {state, params, action}); without it, checks that need an "
                    + "arranged state are skipped")
    URI stateChangeUrl;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-report",
            description = "where the JUnit XML, JSON and HTML reports go (default: ${DEFAULT-VALUE})")
    Path reportDir;

    @Option(names = "--check", paramLabel = "ID", description = "run only checks matching this id or glob (repeatable)")
    List<String> checks = new ArrayList<>();

    @Option(names = "--list-checks", description = "list every check and exit")
    boolean listChecks;

    @Option(names = "--allow-insecure-http", description = "allow plain http to a host that is not loopback")
    boolean allowInsecureHttp;

    @Option(names = "--strict-security",
            description = "make the security.* checks MUST (a finding fails the run) instead of SHOULD (a warning)")
    boolean strictSecurity;

    @Option(names = "--settle-timeout", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "how long a cancelled operation may take to reach Cancelled (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration settleTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<String, String> environment;

    KitCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Held, so the loggers keep their level (java.util.logging keeps loggers weakly). */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.glassfish"), java.util.logging.Logger.getLogger("org.hibernate"));

    public static void main(String[] args) {
        // First, so that the optimising compiler has started on as little as possible.
        QuickCompilation.startInBackground();
        // picocli looks for Groovy closures whenever Groovy is on the class path, and pact-jvm puts
        // it there: loading Groovy's runtime for nothing took 0.3 s of every run's start.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        // Grizzly and Hibernate Validator announce themselves through java.util.logging; the kit's
        // output is its own lines, with the closing line last.
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System::getenv, args);
        ExitWithoutWaiting.stopIdleHttpClientThreads();
        System.exit(code);
    }

    static int run(PrintWriter out, PrintWriter err, Function<String, String> environment, String... args) {
        CommandLine line = new CommandLine(new KitCommand(environment));
        line.setOut(out).setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("error: " + e.getMessage());
            return 2;
        });
        line.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("Try --help.");
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listChecks) {
            Catalogue.every(securitySeverity()).forEach(c -> out.println(String.format("%-34s %-6s %s%n%34s        enforces: %s%n%34s        states: %s%s",
                    c.id(), c.severity(), c.title(), "", c.enforces(), "", c.states().isEmpty() ? "none" : String.join(", ", c.states()),
                    c.versionSpecific() ? String.format("%n%34s        versions: %s only", "", c.versionList()) : "")));
            return 0;
        }
        // The selection and the versions are read before anything starts, so a mistyped id costs no
        // mock and no key.
        List<Check> selected = usage("--check ", () -> Catalogue.select(checks, securitySeverity()));
        Optional<List<ServiceVersion>> versions = usage("--service-version: ", this::versions);
        List<ServiceVersion> planned = versions.filter(named -> !named.isEmpty())
                .orElse(target == null || versions.isPresent() ? ServiceVersion.all() : List.of(ServiceVersion.V1_0_PREVIEW_1));
        usage("--check ", () -> ConformanceKit.selection(checks, versions.orElse(target == null ? ServiceVersion.all()
                : List.of(ServiceVersion.V1_0_PREVIEW_1)), securitySeverity()));
        KitWarmUp.start(planned, selected.stream().anyMatch(c -> c.id().equals(PactCheck.ID)));
        if (target == null) {
            // The embedded mock settles a cancel in 200 ms rather than the mock's default 500: the
            // checks see the same Cancelling, then Cancelled, and a run waits less for it.
            try (MockServer mock = MockServer.builder().cancelSettleDelay(EMBEDDED_CANCEL_SETTLE).start()) {
                ConformanceKit kit = withOptions(ConformanceKit.target(mock), versions);
                out.println("Starting the embedded mock; checking " + kit.target().label());
                return runChecks(kit, out, err);
            }
        }
        String key = environment.apply(keyEnv);
        if (key == null || key.isBlank()) {
            err.println("error: environment variable " + keyEnv + " is not set; put the subscription key there"
                    + " (or name another variable with --key-env)");
            return 2;
        }
        ConformanceKit.Builder remote = usage("--target: ", () -> ConformanceKit.target(target))
                .key(key).allowInsecureHttp(allowInsecureHttp);
        if (stateChangeUrl != null) {
            usage("--state-change-url: ", () -> remote.stateChangeUrl(stateChangeUrl));
        }
        ConformanceKit kit = withOptions(remote, versions);
        Optional<String> unreachable = unreachable(kit.target());
        if (unreachable.isPresent()) {
            err.println("error: " + unreachable.get());
            return 2;
        }
        out.println("Checking " + kit.target().label() + (stateChangeUrl == null ? " (no state-change URL: checks that"
                + " need an arranged state will be skipped)" : " with states at " + stateChangeUrl));
        return runChecks(kit, out, err);
    }

    /**
     * The versions named by {@code --service-version}: empty for {@code detect}, none named for the
     * target's default.
     *
     * @throws IllegalArgumentException for a version the kit does not know, naming those it does
     */
    private Optional<List<ServiceVersion>> versions() {
        if (serviceVersions.isEmpty()) {
            return Optional.empty();
        }
        if (serviceVersions.stream().anyMatch(DETECT::equalsIgnoreCase)) {
            if (serviceVersions.size() > 1) {
                throw new IllegalArgumentException("'" + DETECT + "' checks every version the target serves; it"
                        + " cannot be combined with named versions (" + String.join(", ", serviceVersions) + ")");
            }
            return Optional.of(List.of());
        }
        return Optional.of(serviceVersions.stream().map(ServiceVersion::fromId).toList());
    }

    static final Duration EMBEDDED_CANCEL_SETTLE = Duration.ofMillis(200);

    /** The word that asks for every served version instead of named ones. */
    static final String DETECT = "detect";

    private Severity securitySeverity() {
        return strictSecurity ? Severity.MUST : Severity.SHOULD;
    }

    /** The kit with the options every target shares; a refused one is a usage error naming it. */
    private ConformanceKit withOptions(ConformanceKit.Builder kit, Optional<List<ServiceVersion>> versions) {
        usage("--settle-timeout: ", () -> kit.settleTimeout(settleTimeout));
        versions.ifPresent(named -> {
            if (named.isEmpty()) {
                kit.detectServiceVersions();
            } else {
                kit.serviceVersions(named.toArray(ServiceVersion[]::new));
            }
        });
        // Only the endpoint's plain-http rule is left for build() to refuse.
        return usage("--target: ", kit.checks(checks.toArray(String[]::new)).strictSecurity(strictSecurity)
                .reportDir(reportDir)::build);
    }

    /**
     * Runs {@code step}; a refused value becomes a usage error (exit 2) whose message starts with the
     * option, as the user typed it.
     */
    private static <T> T usage(String option, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + e.getMessage(), e);
        }
    }

    /**
     * Proves the routes (saying which versions are served, when detecting), then runs the checks; a
     * route not served is one line on standard error and exit 2.
     */
    private static int runChecks(ConformanceKit kit, PrintWriter out, PrintWriter err) {
        Map<Target, List<Check>> plan;
        try {
            plan = kit.plan(out::println);
        } catch (TargetNotServedException e) {
            err.println("error: " + new Redactor(kit.target().key()).redact(e.messageFor("--service-version")));
            return 2;
        }
        CatalogueRun run = kit.newRun(plan);
        ConsoleReport console = new ConsoleReport(out, new Redactor(kit.target().key()), run.labelled());
        if (run.labelled()) {
            out.println("Service versions: " + plan.keySet().stream().map(t -> t.version().id())
                    .collect(Collectors.joining(", ")) + " (side by side; each version's checks in order)");
        }
        int total = ConformanceKit.size(plan);
        int[] index = {0};
        RunReport report = run.runAll(r -> console.progress(r, ++index[0], total));
        console.summary(report, ReportWriter.files(kit.reportDir().orElseThrow()).stream().map(Path::toString)
                .collect(Collectors.joining(", ")));
        return report.breaksContract() ? 1 : 0;
    }

    /** Says why the target or its state URL cannot be reached at all, before any check runs. */
    private static Optional<String> unreachable(Target t) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        List<Map.Entry<String, URI>> probes = new ArrayList<>();
        probes.add(Map.entry("target", t.apiBase()));
        t.stateChangeUrl().ifPresent(url -> probes.add(Map.entry("state-change URL", url)));
        for (Map.Entry<String, URI> probe : probes) {
            try {
                http.send(HttpRequest.newBuilder(probe.getValue()).timeout(Duration.ofSeconds(15))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                return Optional.of("the " + probe.getKey() + " " + probe.getValue() + " is unreachable: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while reaching " + probe.getValue());
            }
        }
        return Optional.empty();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KitCommand.class.getPackage().getImplementationVersion();
            return new String[] {"doctranslation-conformance " + (version == null ? "(development build)" : version)};
        }
    }
}

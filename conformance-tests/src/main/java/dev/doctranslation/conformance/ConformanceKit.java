package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceEndpoint;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
import dev.doctranslation.mock.MockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The kit as a library: the check catalogue against one target, from any JUnit 5 build as one
 * dynamic test per check, or from plain code as a {@link RunReport}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> conformance() {
 *     return ConformanceKit.target("https://my-translator.cognitiveservices.azure.com")
 *             .key(System.getenv("DOCUMENT_TRANSLATION_KEY"))
 *             .stateChangeUrl(URI.create("https://my-translator-states.example.com/_states"))
 *             .reportDir(Path.of("target/conformance-report"))
 *             .dynamicTests();
 * }
 * }</pre>
 *
 * <p>A kit checks one or more service versions of the target, each at its own route and by its own
 * rules ({@link Builder#serviceVersions}, {@link Builder#detectServiceVersions}); an endpoint is
 * checked in {@code v1.0-preview.1} unless told otherwise, the reference mock in every version.
 * Before a chosen version's checks run, the kit proves the target serves its route, and says so in
 * one {@link TargetNotServedException} if not.
 *
 * <p>A {@link Builder} checks each setting as it is given; a built kit is immutable and may run any
 * number of times, each run with its own state. The subscription key is in no output, message or
 * report, even when the target echoes it. JUnit is needed for {@link #dynamicTests()} only: users
 * bring their own JUnit 5, and nothing else here loads a JUnit class, so {@link #run()} works
 * without JUnit on the classpath.
 */
public final class ConformanceKit {
    /** How long a cancelled operation may take to reach {@code Cancelled} unless told: 30 s. */
    public static final Duration DEFAULT_SETTLE_TIMEOUT = KitSettings.defaults().settleTimeout();

    /** The threads one version's checks are dealt over when the target is a mock in this JVM. */
    static final int IN_PROCESS_STRANDS = 2;

    /** The endpoint in each version, whether checked or not: detection and hints probe them all. */
    private final Map<ServiceVersion, Target> targets;
    /** The versions to check, oldest first; empty: the ones the target serves, detected when the kit runs. */
    private final List<ServiceVersion> versions;
    /**
     * Whether each version's route is proved served before its checks. Not for an endpoint checked
     * in v1.0-preview.1 because no version was named: that run stays what it was before versions.
     */
    private final boolean probe;
    private final List<Check> selected;
    private final KitSettings settings;
    private final Optional<Path> reportDir;
    /** Whether the target is a mock in this JVM, which a second caller costs nothing. */
    private final boolean inProcess;

    private ConformanceKit(Map<ServiceVersion, Target> targets, List<ServiceVersion> versions, boolean probe,
            List<Check> selected, KitSettings settings, Optional<Path> reportDir, boolean inProcess) {
        this.inProcess = inProcess;
        this.targets = targets;
        this.versions = versions;
        this.probe = probe;
        this.selected = selected;
        this.settings = settings;
        this.reportDir = reportDir;
    }

    /**
     * A kit for the endpoint in the form the SDK takes it, such as
     * {@code https://my-translator.cognitiveservices.azure.com} (the API path is added). It needs a
     * {@link Builder#key(String) key}; without a {@link Builder#stateChangeUrl(URI) state-change URL}
     * the checks that need an arranged operation are skipped, with the reason.
     *
     * @throws IllegalArgumentException naming the endpoint, when the contract refuses it (not a URL,
     *     the global Translator endpoint, a query); plain http to a host that is not loopback is
     *     refused by {@link Builder#build()} unless {@link Builder#allowInsecureHttp(boolean)}
     */
    public static Builder target(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        // Every rule but plain http: allowInsecureHttp(true) may still follow, so build() checks that one.
        ServiceEndpoint.apiBase(endpoint, true);
        return new Builder(endpoint, null, List.of(ServiceVersion.V1_0_PREVIEW_1), false);
    }

    /**
     * A kit for a running reference mock, such as the one of
     * {@code dev.doctranslation.mock.junit.MockServerExtension}: its key and its provider states are
     * taken from it, so every check can run, in every service version the mock serves (all of them,
     * unless {@link Builder#serviceVersions} narrows them).
     */
    public static Builder target(MockServer mock) {
        Objects.requireNonNull(mock, "mock == null");
        URI root = URI.create(mock.baseUrl().getScheme() + "://" + mock.baseUrl().getRawAuthority());
        return new Builder(root.toString(), mock, ServiceVersion.all(), true).key(mock.key())
                .stateChangeUrl(mock.statesUrl());
    }

    /**
     * The catalogue as JUnit 5 dynamic tests, one per check, in run order, to return from a
     * {@code @TestFactory}. A check whose MUST does not hold fails its test, with its findings as the
     * message; a check whose state cannot be arranged is aborted (skipped), with the reason; SHOULD
     * findings are printed to standard output. The checks run one at a time, even under parallel
     * execution, since they share the target's state. When JUnit closes the stream (it closes every
     * stream a test factory returns), the kit's reports are written to {@link
     * Builder#reportDir(Path)}, if set.
     */
    public Stream<DynamicTest> dynamicTests() {
        return KitDynamicTests.of(newRun(plan(System.out::println)));
    }

    /**
     * Runs every selected check in every chosen version, writes the reports (if a report folder is
     * set) and returns the run.
     *
     * @throws TargetNotServedException when the target does not serve a chosen version's route
     */
    public RunReport run() {
        return run(result -> { });
    }

    /**
     * As {@link #run()}, telling {@code eachCheck} about each check as it ends, for progress output.
     * The versions run side by side, so checks of different versions end interleaved; {@code
     * eachCheck} is told of one at a time. The report lists them version by version.
     *
     * @throws TargetNotServedException when the target does not serve a chosen version's route
     */
    public RunReport run(Consumer<? super CheckResult> eachCheck) {
        Objects.requireNonNull(eachCheck, "eachCheck == null");
        return newRun(plan(line -> { })).runAll(eachCheck);
    }

    /**
     * The run's versions, each with its checks: the detected ones (the detection told to {@code
     * detected} in one line), each route proved served unless this is the unnamed
     * v1.0-preview.1 run of an endpoint.
     *
     * @throws TargetNotServedException when a chosen route is not served, or none is when detecting
     */
    Map<Target, List<Check>> plan(Consumer<String> detected) {
        List<ServiceVersion> chosen = versions;
        if (chosen.isEmpty()) {
            chosen = detect(detected);
        } else if (probe) {
            for (ServiceVersion version : chosen) {
                RouteProbe.Outcome outcome = RouteProbe.probe(targets.get(version));
                if (outcome.served() != RouteProbe.Served.YES) {
                    throw refusal(outcome);
                }
            }
        }
        Map<Target, List<Check>> plan = new LinkedHashMap<>();
        for (ServiceVersion version : chosen) {
            List<Check> checks = selected.stream().filter(c -> c.appliesTo(version)).toList();
            if (!checks.isEmpty()) {
                plan.put(targets.get(version), checks);
            }
        }
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("no selected check applies to " + chosen.stream().map(ServiceVersion::id)
                    .collect(Collectors.joining(", ")) + ": " + selected.stream().map(c -> c.id() + " is a rule of "
                            + c.versionList()).collect(Collectors.joining("; ")));
        }
        return plan;
    }

    /** The versions whose routes the target serves, said in one line; refuses a target that serves none. */
    private List<ServiceVersion> detect(Consumer<String> detected) {
        List<RouteProbe.Outcome> outcomes = RouteProbe.probeAll(everyTarget());
        for (RouteProbe.Outcome outcome : outcomes) {
            if (outcome.served() == RouteProbe.Served.KEY_REFUSED) {
                throw TargetNotServedException.keyRefused(outcome.problem());
            }
        }
        List<ServiceVersion> served = outcomes.stream().filter(o -> o.served() == RouteProbe.Served.YES)
                .map(RouteProbe.Outcome::version).toList();
        List<ServiceVersion> notServed = outcomes.stream().filter(o -> o.served() != RouteProbe.Served.YES)
                .map(RouteProbe.Outcome::version).toList();
        if (served.isEmpty()) {
            throw TargetNotServedException.notServed("the target serves none of the known service versions' routes ("
                    + outcomes.stream().map(o -> o.version() + ": " + o.evidence()).collect(Collectors.joining("; "))
                    + ")", List.of());
        }
        detected.accept(detectionLine(served, notServed));
        return served;
    }

    /** {@code Service versions served: v1.0, 2024-05-01; not served: v1.0-preview.1, v1.1}. */
    static String detectionLine(List<ServiceVersion> served, List<ServiceVersion> notServed) {
        return "Service versions served: " + ids(served) + "; not served: " + (notServed.isEmpty() ? "none"
                : ids(notServed));
    }

    private static String ids(List<ServiceVersion> versions) {
        return versions.stream().map(ServiceVersion::id).collect(Collectors.joining(", "));
    }

    /** A failed probe, with the versions the target does serve for the hint. */
    private TargetNotServedException refusal(RouteProbe.Outcome outcome) {
        if (outcome.served() == RouteProbe.Served.KEY_REFUSED) {
            return TargetNotServedException.keyRefused(outcome.problem());
        }
        List<ServiceVersion> served = RouteProbe.probeAll(everyTarget()).stream()
                .filter(o -> o.served() == RouteProbe.Served.YES)
                .map(RouteProbe.Outcome::version).toList();
        return TargetNotServedException.notServed(outcome.problem(), served);
    }

    /** The target in the first version checked (the preview's when detecting), for its endpoint, key and label. */
    Target target() {
        return targets.get(versions.isEmpty() ? ServiceVersion.V1_0_PREVIEW_1 : versions.get(0));
    }

    /** The endpoint in every version the kit knows, oldest first. */
    private List<Target> everyTarget() {
        return ServiceVersion.all().stream().map(targets::get).toList();
    }

    /** The target in {@code version}. */
    Target target(ServiceVersion version) {
        return targets.get(version);
    }

    /** The versions chosen, oldest first; empty when they are detected at run time. */
    List<ServiceVersion> versions() {
        return versions;
    }

    /** Whether the versions are detected when the kit runs. */
    boolean detects() {
        return versions.isEmpty();
    }

    /**
     * The checks the kit runs, each once whatever the number of versions: for chosen versions, those
     * that apply to one of them; when detecting, every selected one.
     */
    List<Check> checks() {
        return selected.stream().filter(c -> versions.isEmpty() || versions.stream().anyMatch(c::appliesTo)).toList();
    }

    /**
     * The checks {@code globs} select, refused when none of them is a rule of any of {@code versions}
     * (empty: detected, so any may be).
     *
     * @throws IllegalArgumentException naming the selection, the versions and the versions of each check
     */
    static List<Check> selection(List<String> globs, List<ServiceVersion> versions, Severity security) {
        List<Check> selected = Catalogue.select(globs, security);
        if (!versions.isEmpty() && selected.stream().noneMatch(c -> versions.stream().anyMatch(c::appliesTo))) {
            throw new IllegalArgumentException(String.join(", ", globs) + " select no check of " + ids(versions)
                    + ": " + selected.stream().map(c -> c.id() + " is a rule of " + c.versionList())
                            .collect(Collectors.joining("; ")));
        }
        return selected;
    }

    /** How many checks the run of {@code plan} runs over all its versions. */
    static int size(Map<Target, List<Check>> plan) {
        return plan.values().stream().mapToInt(List::size).sum();
    }

    Optional<Path> reportDir() {
        return reportDir;
    }

    CatalogueRun newRun(Map<Target, List<Check>> plan) {
        // One version against a mock in this JVM: its checks dealt over two threads, as versions run
        // side by side; an endpoint's single version keeps its one-at-a-time run.
        return new CatalogueRun(plan, settings, reportDir, inProcess && plan.size() == 1 ? IN_PROCESS_STRANDS : 1);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "ConformanceKit[" + target() + ", " + (versions.isEmpty() ? "versions detected" : "versions " + ids(versions))
                + ", " + checks().size() + " checks" + reportDir.map(dir -> ", reports to " + dir).orElse("") + "]";
    }

    /**
     * A kit's settings, each checked as it is set; the defaults are those of the command line.
     * {@link #build()} makes an immutable kit, and the builder may go on to make others.
     */
    public static final class Builder {
        private final String endpoint;
        /** The reference mock, whose API URLs are taken as it gives them; null for an endpoint, whose rules build() applies. */
        private final MockServer mock;
        /** The versions to check; empty: detect them. */
        private List<ServiceVersion> versions;
        /** Whether the versions were chosen (by the user, or by being the mock's): their routes are proved. */
        private boolean versionsChosen;
        private String key;
        private Optional<URI> stateChangeUrl = Optional.empty();
        private boolean allowInsecureHttp;
        private List<String> checks = List.of();
        private boolean strictSecurity;
        private Duration settleTimeout = DEFAULT_SETTLE_TIMEOUT;
        private Optional<Path> reportDir = Optional.empty();

        private Builder(String endpoint, MockServer mock, List<ServiceVersion> versions, boolean versionsChosen) {
            this.endpoint = endpoint;
            this.mock = mock;
            this.versions = versions;
            this.versionsChosen = versionsChosen;
        }

        /**
         * Checks these service versions, each at its own route ({@code /translator/document/batches/{id}
         * ?api-version=2024-05-01} for 2024-05-01) and by its own rules; the kit first proves the target
         * serves each route. Default: {@code v1.0-preview.1} for an endpoint, every version for the
         * reference mock.
         *
         * @throws IllegalArgumentException when none is given
         */
        public Builder serviceVersions(ServiceVersion... versions) {
            Objects.requireNonNull(versions, "versions == null");
            for (int i = 0; i < versions.length; i++) {
                Objects.requireNonNull(versions[i], "versions[" + i + "] == null");
            }
            if (versions.length == 0) {
                throw new IllegalArgumentException("no service version given; expected one or more of "
                        + ServiceVersion.supportedIds());
            }
            this.versions = Arrays.stream(versions).distinct().sorted().toList();
            this.versionsChosen = true;
            return this;
        }

        /**
         * Checks every service version whose route the target serves, found when the kit runs: each
         * known route is probed (an arranged operation read there, or an unknown id's error envelope)
         * and the served ones are checked. A target that serves none is a {@link
         * TargetNotServedException}.
         */
        public Builder detectServiceVersions() {
            this.versions = List.of();
            this.versionsChosen = true;
            return this;
        }

        /**
         * The subscription key the target expects in {@code Ocp-Apim-Subscription-Key}; required for
         * an endpoint. It is never printed, and is taken out of everything the kit writes.
         */
        public Builder key(String key) {
            Objects.requireNonNull(key, "key == null");
            if (key.isBlank()) {
                throw new IllegalArgumentException("key is blank; pass the target's subscription key");
            }
            this.key = key;
            return this;
        }

        /**
         * Where {@code POST {"state", "params", "action"}} arranges operations (the provider-state
         * names are the contract's); the checks that need an arranged state are skipped without it.
         */
        public Builder stateChangeUrl(URI stateChangeUrl) {
            Objects.requireNonNull(stateChangeUrl, "stateChangeUrl == null");
            String scheme = stateChangeUrl.getScheme() == null ? "" : stateChangeUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || stateChangeUrl.getHost() == null) {
                throw new IllegalArgumentException("stateChangeUrl must be an absolute http(s) URL with a host: '"
                        + stateChangeUrl + "'");
            }
            this.stateChangeUrl = Optional.of(stateChangeUrl);
            return this;
        }

        /** Allows plain http to a host that is not loopback (default false: the key would travel in clear). */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * Runs only the checks whose id matches one of these ids or globs ({@code cancel.*},
         * {@code auth.wrong-key}); none (the default) runs all of them.
         *
         * @throws IllegalArgumentException for one that matches no check, naming the ids there are
         */
        public Builder checks(String... idsOrGlobs) {
            Objects.requireNonNull(idsOrGlobs, "idsOrGlobs == null");
            for (int i = 0; i < idsOrGlobs.length; i++) {
                Objects.requireNonNull(idsOrGlobs[i], "idsOrGlobs[" + i + "] == null");
            }
            List<String> globs = List.copyOf(Arrays.asList(idsOrGlobs));
            Catalogue.select(globs);
            this.checks = globs;
            return this;
        }

        /**
         * Makes the {@code security.*} checks MUST, so that a finding fails them (default false: they
         * are SHOULD, and their findings are warnings).
         */
        public Builder strictSecurity(boolean strict) {
            this.strictSecurity = strict;
            return this;
        }

        /** How long a cancelled operation may take to reach {@code Cancelled} (default {@link ConformanceKit#DEFAULT_SETTLE_TIMEOUT}). */
        public Builder settleTimeout(Duration settleTimeout) {
            Objects.requireNonNull(settleTimeout, "settleTimeout == null");
            if (settleTimeout.isZero() || settleTimeout.isNegative()) {
                throw new IllegalArgumentException("settleTimeout must be positive, not " + settleTimeout);
            }
            this.settleTimeout = settleTimeout;
            return this;
        }

        /**
         * Where the kit writes its reports at the end of a run: JUnit XML, JSON and a self-contained
         * HTML page (default: none are written). The folder is created if need be.
         */
        public Builder reportDir(Path reportDir) {
            this.reportDir = Optional.of(Objects.requireNonNull(reportDir, "reportDir == null"));
            return this;
        }

        /**
         * An immutable kit with these settings.
         *
         * @throws IllegalStateException when an endpoint was given no key
         * @throws IllegalArgumentException naming the endpoint, when it is plain http to a host that
         *     is not loopback and {@link #allowInsecureHttp(boolean)} was not set
         */
        public ConformanceKit build() {
            if (key == null) {
                throw new IllegalStateException("no key for " + endpoint + ": call key(...) with its subscription key");
            }
            Map<ServiceVersion, Target> targets = new EnumMap<>(ServiceVersion.class);
            String label = mock != null ? "embedded mock at " + endpoint : endpoint;
            for (ServiceVersion version : ServiceVersion.all()) {
                // The mock says where it serves each version; an endpoint gets each version's API
                // path added by the contract's rule, as the SDK does.
                URI apiBase = mock != null ? mock.apiBase(version) : ServiceEndpoint.apiBase(endpoint, allowInsecureHttp, version);
                targets.put(version, new Target(URI.create(endpoint), apiBase, key, stateChangeUrl, label, version));
            }
            List<Check> selected = selection(checks, versions, strictSecurity ? Severity.MUST : Severity.SHOULD);
            // A mock in this JVM costs nothing to ask often, and its cancel settles in well under a
            // second: reading it every 50 ms instead of 250 takes the polling's slack off every run.
            KitSettings settings = new KitSettings(settleTimeout,
                    mock != null ? KitSettings.IN_PROCESS_POLL_INTERVAL : KitSettings.defaults().pollInterval());
            // A mock in this JVM serves every version's route by construction: proving it would only
            // cost a run three requests to a server that has not warmed up yet.
            boolean probe = versionsChosen && mock == null;
            return new ConformanceKit(java.util.Collections.unmodifiableMap(targets), versions, probe, selected, settings, reportDir,
                    mock != null);
        }

        /** {@code build().dynamicTests()}: see {@link ConformanceKit#dynamicTests()}. */
        public Stream<DynamicTest> dynamicTests() {
            return build().dynamicTests();
        }

        /** {@code build().run()}: see {@link ConformanceKit#run()}. */
        public RunReport run() {
            return build().run();
        }
    }
}

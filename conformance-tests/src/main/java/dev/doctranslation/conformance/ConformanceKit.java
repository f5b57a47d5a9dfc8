package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceEndpoint;
import dev.doctranslation.contract.Severity;
import dev.doctranslation.mock.MockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * <p>A {@link Builder} checks each setting as it is given; a built kit is immutable and may run any
 * number of times, each run with its own state. The subscription key is in no output, message or
 * report, even when the target echoes it. JUnit is needed for {@link #dynamicTests()} only: users
 * bring their own JUnit 5, and nothing else here loads a JUnit class, so {@link #run()} works
 * without JUnit on the classpath.
 */
public final class ConformanceKit {
    /** How long a cancelled operation may take to reach {@code Cancelled} unless told: 30 s. */
    public static final Duration DEFAULT_SETTLE_TIMEOUT = KitSettings.defaults().settleTimeout();

    private final Target target;
    private final List<Check> checks;
    private final KitSettings settings;
    private final Optional<Path> reportDir;

    private ConformanceKit(Target target, List<Check> checks, KitSettings settings, Optional<Path> reportDir) {
        this.target = target;
        this.checks = checks;
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
        return new Builder(endpoint, null);
    }

    /**
     * A kit for a running reference mock, such as the one of
     * {@code dev.doctranslation.mock.junit.MockServerExtension}: its key and its provider states are
     * taken from it, so every check can run.
     */
    public static Builder target(MockServer mock) {
        Objects.requireNonNull(mock, "mock == null");
        URI root = URI.create(mock.baseUrl().getScheme() + "://" + mock.baseUrl().getRawAuthority());
        return new Builder(root.toString(), mock.baseUrl()).key(mock.key()).stateChangeUrl(mock.statesUrl());
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
        return KitDynamicTests.of(checks, newRun());
    }

    /** Runs every selected check, writes the reports (if a report folder is set) and returns the run. */
    public RunReport run() {
        return run(result -> { });
    }

    /**
     * As {@link #run()}, telling {@code eachCheck} about each check as it ends, for progress output.
     */
    public RunReport run(Consumer<? super CheckResult> eachCheck) {
        Objects.requireNonNull(eachCheck, "eachCheck == null");
        CatalogueRun run = newRun();
        for (Check check : checks) {
            eachCheck.accept(run.run(check));
        }
        return run.finish();
    }

    Target target() {
        return target;
    }

    List<Check> checks() {
        return checks;
    }

    Optional<Path> reportDir() {
        return reportDir;
    }

    private CatalogueRun newRun() {
        return new CatalogueRun(target, settings, reportDir);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "ConformanceKit[" + target + ", " + checks.size() + " checks"
                + reportDir.map(dir -> ", reports to " + dir).orElse("") + "]";
    }

    /**
     * A kit's settings, each checked as it is set; the defaults are those of the command line.
     * {@link #build()} makes an immutable kit, and the builder may go on to make others.
     */
    public static final class Builder {
        private final String endpoint;
        /** The reference mock's API URL, taken as it is; null for an endpoint, whose rules build() applies. */
        private final URI mockApiBase;
        private String key;
        private Optional<URI> stateChangeUrl = Optional.empty();
        private boolean allowInsecureHttp;
        private List<String> checks = List.of();
        private boolean strictSecurity;
        private Duration settleTimeout = DEFAULT_SETTLE_TIMEOUT;
        private Optional<Path> reportDir = Optional.empty();

        private Builder(String endpoint, URI mockApiBase) {
            this.endpoint = endpoint;
            this.mockApiBase = mockApiBase;
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
            URI apiBase = mockApiBase != null ? mockApiBase : ServiceEndpoint.apiBase(endpoint, allowInsecureHttp);
            String label = mockApiBase != null ? "embedded mock at " + endpoint : endpoint;
            Target target = new Target(URI.create(endpoint), apiBase, key, stateChangeUrl, label);
            List<Check> selected = Catalogue.select(checks, strictSecurity ? Severity.MUST : Severity.SHOULD);
            KitSettings settings = new KitSettings(settleTimeout, KitSettings.defaults().pollInterval());
            return new ConformanceKit(target, selected, settings, reportDir);
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

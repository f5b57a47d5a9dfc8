package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.util.Arrays;

/**
 * The target of a Maven run: {@code -Dconformance.target=URL} with the key from the variable
 * {@code -Dconformance.keyEnv} and states at {@code -Dconformance.stateChangeUrl}, or, when no
 * target is named, the embedded mock, started here and stopped by {@link #close()}; in the service
 * versions {@code -Dconformance.serviceVersion} names (comma separated, or {@code detect}), else the
 * target's default.
 */
final class ConfiguredTarget implements AutoCloseable {
    private final EmbeddedMock mock;
    private final ConformanceKit.Builder kit;

    private ConfiguredTarget(EmbeddedMock mock, ConformanceKit.Builder kit) {
        this.mock = mock;
        this.kit = kit;
    }

    static ConfiguredTarget fromSystemProperties() {
        String url = System.getProperty("conformance.target", "");
        if (url.isBlank()) {
            EmbeddedMock mock = EmbeddedMock.start();
            return new ConfiguredTarget(mock, withVersions(ConformanceKit.target(mock.server())));
        }
        String keyEnv = System.getProperty("conformance.keyEnv", "DOCUMENT_TRANSLATION_KEY");
        String key = System.getenv(keyEnv);
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("environment variable " + keyEnv + " is not set; put the subscription key"
                    + " there (or name another with -Dconformance.keyEnv)");
        }
        ConformanceKit.Builder kit = ConformanceKit.target(url).key(key);
        String states = System.getProperty("conformance.stateChangeUrl", "");
        if (!states.isBlank()) {
            kit.stateChangeUrl(URI.create(states));
        }
        return new ConfiguredTarget(null, withVersions(kit));
    }

    /** The versions of {@code -Dconformance.serviceVersion}, as {@code --service-version} takes them. */
    private static ConformanceKit.Builder withVersions(ConformanceKit.Builder kit) {
        String named = System.getProperty("conformance.serviceVersion", "").trim();
        if (named.isEmpty()) {
            return kit;
        }
        if (named.equalsIgnoreCase(KitCommand.DETECT)) {
            return kit.detectServiceVersions();
        }
        return kit.serviceVersions(Arrays.stream(named.split(",")).map(String::trim).map(ServiceVersion::fromId)
                .toArray(ServiceVersion[]::new));
    }

    /** The kit for this target, for the run's options to be added to. */
    ConformanceKit.Builder kit() {
        return kit;
    }

    Target target() {
        return kit.build().target();
    }

    /** The target in {@code version}. */
    Target target(ServiceVersion version) {
        return kit.build().target(version);
    }

    /** Whether the run checks {@code version}: named, the target's default, or detected as served. */
    boolean checks(ServiceVersion version) {
        ConformanceKit built = kit.build();
        return built.detects() ? RouteProbe.probe(built.target(version)).served() == RouteProbe.Served.YES
                : built.versions().contains(version);
    }

    @Override
    public void close() {
        if (mock != null) {
            mock.close();
        }
    }
}

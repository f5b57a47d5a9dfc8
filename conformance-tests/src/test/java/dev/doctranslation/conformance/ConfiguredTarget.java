package dev.doctranslation.conformance;

import java.net.URI;

/**
 * The target of a Maven run: {@code -Dconformance.target=URL} with the key from the variable
 * {@code -Dconformance.keyEnv} and states at {@code -Dconformance.stateChangeUrl}, or, when no
 * target is named, the embedded mock, started here and stopped by {@link #close()}.
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
            return new ConfiguredTarget(mock, ConformanceKit.target(mock.server()));
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
        return new ConfiguredTarget(null, kit);
    }

    /** The kit for this target, for the run's options to be added to. */
    ConformanceKit.Builder kit() {
        return kit;
    }

    Target target() {
        return kit.build().target();
    }

    @Override
    public void close() {
        if (mock != null) {
            mock.close();
        }
    }
}

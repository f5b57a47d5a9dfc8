package dev.doctranslation.conformance;

import java.net.URI;
import java.util.Optional;

/**
 * The target of a Maven run: {@code -Dconformance.target=URL} with the key from the variable
 * {@code -Dconformance.keyEnv} and states at {@code -Dconformance.stateChangeUrl}, or, when no
 * target is named, the embedded mock, started here and stopped by {@link #close()}.
 */
final class ConfiguredTarget implements AutoCloseable {
    private final EmbeddedMock mock;
    private final Target target;

    private ConfiguredTarget(EmbeddedMock mock, Target target) {
        this.mock = mock;
        this.target = target;
    }

    static ConfiguredTarget fromSystemProperties() {
        String url = System.getProperty("conformance.target", "");
        if (url.isBlank()) {
            EmbeddedMock mock = EmbeddedMock.start();
            return new ConfiguredTarget(mock, mock.target());
        }
        String keyEnv = System.getProperty("conformance.keyEnv", "DOCUMENT_TRANSLATION_KEY");
        String key = System.getenv(keyEnv);
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("environment variable " + keyEnv + " is not set; put the subscription key"
                    + " there (or name another with -Dconformance.keyEnv)");
        }
        String states = System.getProperty("conformance.stateChangeUrl", "");
        return new ConfiguredTarget(null, Target.of(url, key,
                states.isBlank() ? Optional.empty() : Optional.of(URI.create(states)), false));
    }

    Target target() {
        return target;
    }

    @Override
    public void close() {
        if (mock != null) {
            mock.close();
        }
    }
}

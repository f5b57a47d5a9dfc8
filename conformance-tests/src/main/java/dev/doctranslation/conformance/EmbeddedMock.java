package dev.doctranslation.conformance;

import dev.doctranslation.mock.MockServer;
import java.net.URI;
import java.util.Optional;

/** The default target: the reference mock, started in this JVM on a free loopback port. */
final class EmbeddedMock implements AutoCloseable {
    private final MockServer mock;

    private EmbeddedMock(MockServer mock) {
        this.mock = mock;
    }

    static EmbeddedMock start() {
        return new EmbeddedMock(MockServer.start());
    }

    Target target() {
        URI root = URI.create("http://127.0.0.1:" + mock.port());
        return new Target(root, mock.baseUrl(), mock.key(), Optional.of(mock.statesUrl()),
                "embedded mock at " + root);
    }

    @Override
    public void close() {
        mock.close();
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.mock.MockServer;

/**
 * The reference mock, started in this JVM on a free loopback port, as a kit target: the tests'
 * default target and the provider behind {@link BreakingProvider}.
 */
final class EmbeddedMock implements AutoCloseable {
    private final MockServer mock;

    private EmbeddedMock(MockServer mock) {
        this.mock = mock;
    }

    static EmbeddedMock start() {
        return new EmbeddedMock(MockServer.start());
    }

    MockServer server() {
        return mock;
    }

    /** The target exactly as {@link ConformanceKit#target(MockServer)} makes it. */
    Target target() {
        return ConformanceKit.target(mock).build().target();
    }

    @Override
    public void close() {
        mock.close();
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
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

    /** How many checks a run against the mock runs: every version's catalogue, the default there. */
    static int checksOfEveryVersion() {
        return ServiceVersion.all().stream().mapToInt(v -> Catalogue.forVersion(v, Severity.SHOULD).size()).sum();
    }

    /** The target exactly as {@link ConformanceKit#target(MockServer)} makes it, in v1.0-preview.1. */
    Target target() {
        return ConformanceKit.target(mock).build().target();
    }

    @Override
    public void close() {
        mock.close();
    }
}

package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * The pact verification the {@code pact.verification} check launches: the bundled pact, unpacked
 * to the folder in the system property {@code doctranslation.pact.folder}, against the target the
 * check hands over. Launched by {@link PactCheck}, not discovered by a test run of its own.
 */
@Provider("doctranslation-service")
@PactFolder("${doctranslation.pact.folder}")
public final class KitPactVerification extends PactVerification {
    static volatile Target target;

    @Override
    protected Target target() {
        return target;
    }
}

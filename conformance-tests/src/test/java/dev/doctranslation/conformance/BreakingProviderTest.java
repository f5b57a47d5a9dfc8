package dev.doctranslation.conformance;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up the kit's tests share: one {@link BreakingProvider} (the reference mock behind a
 * proxy that breaks one rule on demand) per test class, started before its tests and closed after.
 */
abstract class BreakingProviderTest {
    static BreakingProvider provider;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = new BreakingProvider();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }
}

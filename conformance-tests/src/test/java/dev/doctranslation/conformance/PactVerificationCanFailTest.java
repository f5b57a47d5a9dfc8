package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The Pact verification is not a formality: a provider that breaks an interaction fails it, both
 * in the kit's {@code pact.verification} check and in the Maven side's JUnit 5 verification.
 */
class PactVerificationCanFailTest {
    private static BreakingProvider provider;

    @BeforeAll
    static void start() throws Exception {
        provider = new BreakingProvider();
        BrokenProviderPactVerification.target = provider.target();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    private static CheckResult check() {
        return new Runner(provider.target(), KitSettings.defaults())
                .run(Catalogue.select(List.of("pact.verification")).get(0));
    }

    private static Events verify() {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(BrokenProviderPactVerification.class))
                .execute().testEvents();
    }

    @Test
    void theSameVerificationPassesAgainstTheUnbrokenProvider() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        Events events = verify();

        assertThat(events.succeeded().count()).isEqualTo(6);
        assertThat(events.failed().count()).isZero();
    }

    @Test
    void aProviderThatDoesNotCancelFailsTheCancelInteraction() {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.running"));

        Events events = verify();

        assertThat(events.failed().count()).isEqualTo(1);
        assertThat(events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .singleElement().asString().contains("cancel of a running operation");
    }

    @Test
    void theKitsCheckPassesAgainstTheUnbrokenProvider() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        CheckResult result = check();

        assertThat(result.verdict()).as(result.failures().toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void theKitsCheckFailsTheCancelInteractionWithOneFindingThatSaysWhy() {
        provider.breakWith(Breakages.BY_CHECK.get("pact.verification"));

        CheckResult result = check();

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("pact.verification");
            assertThat(f.message()).startsWith("pact interaction 'cancel of a running operation' failed: ")
                    .contains("body: $.status").doesNotContain("\n");
        });
    }
}

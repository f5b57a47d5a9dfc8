package dev.doctranslation.conformance;

import dev.doctranslation.contract.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A check that found nothing must be able to find something: each check runs against a provider
 * that breaks exactly its rule and must fail (a MUST check) or warn (a SHOULD check) under its own
 * id. The same provider with nothing broken passes the whole catalogue.
 */
class KitCanFailTest {
    private static final KitSettings QUICK = new KitSettings(Duration.ofSeconds(3), Duration.ofMillis(100));
    private static BreakingProvider provider;

    @BeforeAll
    static void start() throws Exception {
        provider = new BreakingProvider();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void everyCheckHasABreakage() {
        assertThat(Breakages.BY_CHECK.keySet())
                .containsExactlyInAnyOrderElementsOf(Catalogue.all().stream().map(Check::id).toList());
    }

    @Test
    void withNothingBrokenTheWholeCataloguePasses() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        List<CheckResult> results = new Runner(provider.target(), QUICK).run(Catalogue.all(), r -> { });

        assertThat(results).allSatisfy(r -> {
            assertThat(r.verdict()).as(r.check().id() + " " + r.failures() + r.skipReason()).isEqualTo(Verdict.PASSED);
            assertThat(r.warnings()).as(r.check().id()).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> eachCheckCatchesTheProviderThatBreaksItsRule() {
        return Catalogue.all().stream().map(check -> DynamicTest.dynamicTest(check.id(), () -> {
            provider.breakWith(Breakages.BY_CHECK.get(check.id()));

            CheckResult result = new Runner(provider.target(), QUICK).run(check);

            List<Finding> caught = check.severity() == Severity.MUST ? result.failures() : result.warnings();
            if (check.severity() == Severity.MUST) {
                assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
            }
            assertThat(caught).as("findings of " + check.id()).isNotEmpty();
            String expected = Breakages.CAUGHT_AS.getOrDefault(check.id(), check.id());
            assertThat(caught).extracting(Finding::ruleId).as(caught.toString()).contains(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> answersThatBreakTheContractAreCaughtByTheirValidatorRule() {
        return Breakages.BY_RESPONSE_RULE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            provider.breakWith(e.getValue());

            // The pact check catches its own breakage above; here it would only repeat the others.
            List<Check> catalogue = Catalogue.all().stream().filter(c -> !c.id().equals("pact.verification")).toList();
            List<CheckResult> results = new Runner(provider.target(), QUICK).run(catalogue, r -> { });

            List<Finding> all = results.stream().flatMap(r -> Stream.concat(r.failures().stream(), r.warnings().stream()))
                    .toList();
            assertThat(all).extracting(Finding::ruleId).contains(e.getKey());
            if (!e.getKey().equals("status.spelling")) {
                assertThat(results).anyMatch(r -> r.verdict() == Verdict.FAILED);
            }
        }));
    }
}

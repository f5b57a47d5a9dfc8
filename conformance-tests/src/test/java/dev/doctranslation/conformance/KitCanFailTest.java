package dev.doctranslation.conformance;

import dev.doctranslation.contract.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A check that found nothing must be able to find something: each check runs against a provider
 * that breaks exactly its rule and must fail (a MUST check) or warn (a SHOULD check) under its own
 * id. The same provider with nothing broken passes the whole catalogue. The checks that apply over
 * https only run against the same provider over TLS.
 */
class KitCanFailTest {
    private static final KitSettings QUICK = new KitSettings(Duration.ofSeconds(3), Duration.ofMillis(100));
    private static BreakingProvider provider;
    /** The provider over https, for the checks that apply there only ({@link Breakages#OVER_TLS}). */
    private static BreakingProvider tlsProvider;
    private static SSLContext defaultTls;

    @BeforeAll
    static void start() throws Exception {
        provider = new BreakingProvider();
        // The kit trusts what the JVM trusts; here, the test provider's self-signed certificate.
        defaultTls = SSLContext.getDefault();
        SSLContext.setDefault(TestTls.context());
        tlsProvider = BreakingProvider.overTls(TestTls.context());
    }

    @AfterAll
    static void stop() {
        provider.close();
        tlsProvider.close();
        SSLContext.setDefault(defaultTls);
    }

    private static BreakingProvider providerFor(Check check) {
        return Breakages.OVER_TLS.contains(check.id()) ? tlsProvider : provider;
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
            // Over plain http, the checks that apply over https only are skipped, with the reason.
            Verdict expected = Breakages.OVER_TLS.contains(r.check().id()) ? Verdict.SKIPPED : Verdict.PASSED;
            assertThat(r.verdict()).as(r.check().id() + " " + r.failures() + r.skipReason()).isEqualTo(expected);
            assertThat(r.warnings()).as(r.check().id()).isEmpty();
        });
        assertThat(results).filteredOn(r -> r.verdict() == Verdict.SKIPPED).extracting(CheckResult::skipReason)
                .allSatisfy(reason -> assertThat(reason).contains("not https"));
    }

    @Test
    void overHttpsWithNothingBrokenEverySecurityCheckPasses() {
        tlsProvider.breakWith(BreakingProvider.Breakage.NONE);
        List<Check> security = Catalogue.select(List.of("security.*"));

        List<CheckResult> results = new Runner(tlsProvider.target(), QUICK).run(security, r -> { });

        assertThat(results).hasSize(6).allSatisfy(r -> {
            assertThat(r.verdict()).as(r.check().id() + " " + r.failures() + r.skipReason()).isEqualTo(Verdict.PASSED);
            assertThat(r.warnings()).as(r.check().id()).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> underStrictSecurityEachSecurityFindingFailsTheCheck() {
        return Catalogue.select(List.of("security.*"), Severity.MUST).stream()
                .map(check -> DynamicTest.dynamicTest(check.id(), () -> {
                    BreakingProvider target = providerFor(check);
                    target.breakWith(Breakages.BY_CHECK.get(check.id()));

                    CheckResult result = new Runner(target.target(), QUICK).run(check);

                    assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
                    assertThat(result.failures()).extracting(Finding::ruleId).containsOnly(check.id());
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachCheckCatchesTheProviderThatBreaksItsRule() {
        return Catalogue.all().stream().map(check -> DynamicTest.dynamicTest(check.id(), () -> {
            BreakingProvider target = providerFor(check);
            target.breakWith(Breakages.BY_CHECK.get(check.id()));

            CheckResult result = new Runner(target.target(), QUICK).run(check);

            List<Finding> caught = check.severity() == Severity.MUST ? result.failures() : result.warnings();
            if (check.severity() == Severity.MUST) {
                assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
            }
            assertThat(caught).as("findings of " + check.id()).isNotEmpty();
            String expected = Breakages.CAUGHT_AS.getOrDefault(check.id(), check.id());
            assertThat(caught).extracting(Finding::ruleId).as(caught.toString()).contains(expected);
            if (check.id().startsWith("security.")) {
                // A security breakage keeps every contract rule: the check's own finding is all there is.
                assertThat(result.failures()).as(result.toString()).isEmpty();
                assertThat(result.warnings()).extracting(Finding::ruleId).containsOnly(check.id());
            }
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

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The kit's checks in each later service version, as {@link KitCanFailTest} for v1.0-preview.1: the
 * unbroken provider (the reference mock behind the breaking proxy, at each version's route) passes
 * each version's catalogue, and every rule a version added is caught when a provider breaks it.
 */
class VersionChecksCanFailTest extends BreakingProviderTest {
    private static final KitSettings QUICK = new KitSettings(Duration.ofSeconds(3), Duration.ofMillis(100));

    private static List<ServiceVersion> laterVersions() {
        return ServiceVersion.all().stream().filter(v -> v != ServiceVersion.V1_0_PREVIEW_1).toList();
    }

    @Test
    void everyVersionSpecificCheckHasABreakage() {
        assertThat(VersionBreakages.BY_CHECK.keySet())
                .containsExactlyInAnyOrderElementsOf(Catalogue.versionSpecific().stream().map(Check::id).toList());
        assertThat(Catalogue.versionSpecific()).allSatisfy(c -> assertThat(c.versionSpecific()).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> withNothingBrokenEachVersionsCataloguePasses() {
        return laterVersions().stream().map(version -> DynamicTest.dynamicTest(version.id(), () -> {
            provider.breakWith(BreakingProvider.Breakage.NONE);

            List<CheckResult> results = new Runner(provider.target(version), QUICK)
                    .run(Catalogue.forVersion(version, Severity.SHOULD), r -> { });

            assertThat(results).allSatisfy(r -> {
                assertThat(r.version()).isEqualTo(version);
                Verdict expected = Breakages.OVER_TLS.contains(r.check().id()) ? Verdict.SKIPPED : Verdict.PASSED;
                assertThat(r.verdict()).as(r.check().id() + " " + r.failures() + r.skipReason()).isEqualTo(expected);
                assertThat(r.warnings()).as(r.check().id()).isEmpty();
            });
            // Each version's own checks ran: a version's catalogue is the contract's plus its own.
            assertThat(results).extracting(r -> r.check().id()).containsAll(Catalogue.versionSpecific().stream()
                    .filter(c -> c.appliesTo(version)).map(Check::id).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachVersionSpecificCheckCatchesTheProviderThatBreaksItsRule() {
        return Catalogue.versionSpecific().stream().flatMap(check -> ServiceVersion.all().stream()
                .filter(check::appliesTo).map(version -> DynamicTest.dynamicTest(version + " " + check.id(), () -> {
                    provider.breakWith(VersionBreakages.BY_CHECK.get(check.id()));

                    CheckResult result = new Runner(provider.target(version), QUICK).run(check);

                    List<Finding> caught = check.severity() == Severity.MUST ? result.failures() : result.warnings();
                    if (check.severity() == Severity.MUST) {
                        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
                    }
                    assertThat(caught).extracting(Finding::ruleId).as(caught.toString())
                            .contains(VersionBreakages.CAUGHT_AS.getOrDefault(check.id(), check.id()));
                })));
    }

    @Test
    void aVersionSpecificCheckDoesNotRunAgainstAnotherVersion() {
        provider.breakWith(BreakingProvider.Breakage.NONE);
        Check link = Catalogue.select(List.of("status.failed-document-link")).get(0);

        CheckResult result = new Runner(provider.target(ServiceVersion.V1_0), QUICK).run(link);

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.skipReason()).isEqualTo("status.failed-document-link is a rule of v1.1 only, not of v1.0");
    }

    @Test
    void errorsIn2024AreHeldToTheAzureCoreEnvelope() {
        provider.breakWith(VersionBreakages.V1_ENVELOPE_ON_2024);
        Check unknown = Catalogue.select(List.of("status.unknown-id")).get(0);

        CheckResult broken = new Runner(provider.target(ServiceVersion.V2024_05_01), QUICK).run(unknown);
        // The same answers are right on a v1.x route.
        CheckResult v1 = new Runner(provider.target(ServiceVersion.V1_0), QUICK).run(unknown);

        assertThat(broken.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(broken.failures()).extracting(Finding::ruleId).contains("error.code-header");
        assertThat(v1.verdict()).as(v1.failures().toString()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void the2024ErrorCodesAreFreeTextWhereV1ListsThem() {
        // A refused cancel answered with a code no v1.x version lists: wrong there, right in 2024-05-01.
        provider.breakWith((call, up) -> {
            BreakingProvider.Answer a = up.get();
            return a.status() == 400 ? new BreakingProvider.Answer(400, Breakages.withHeaders(a,
                    h -> h.put("x-ms-error-code", "OperationAlreadyFinished")).headers(),
                    a.body().replace("\"InvalidRequest\"", "\"OperationAlreadyFinished\"")) : a;
        });
        Check refused = Catalogue.select(List.of("cancel.refused.succeeded")).get(0);

        CheckResult v1 = new Runner(provider.target(ServiceVersion.V1_1), QUICK).run(refused);
        CheckResult azureCore = new Runner(provider.target(ServiceVersion.V2024_05_01), QUICK).run(refused);

        assertThat(v1.failures()).extracting(Finding::message).contains("error.code is OperationAlreadyFinished; expected InvalidRequest");
        assertThat(azureCore.verdict()).as(azureCore.failures().toString()).isEqualTo(Verdict.PASSED);
    }
}

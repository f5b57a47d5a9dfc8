package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing service versions, from the command line and the library: each version checked at its
 * route and named in every report, detection of the served versions, the one-line refusal of a
 * route the target does not serve, and the run that names no version, which stays v1.0-preview.1's
 * as it always was.
 */
class ServiceVersionRunTest extends BreakingProviderTest {

    @TempDir
    Path reports;

    record Run(int exit, String out, String err) {}

    private Run run(boolean withStates, String... extra) {
        Stream<String> base = Stream.of("--target", provider.target().endpoint().toString(), "--key-env", "KIT_TEST_KEY",
                "--report-dir", reports.toString(), "--settle-timeout", "PT3S");
        if (withStates) {
            base = Stream.concat(base, Stream.of("--state-change-url",
                    provider.target().stateChangeUrl().orElseThrow().toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KitCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("KIT_TEST_KEY", provider.key())::get, Stream.concat(base, Stream.of(extra)).toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static ConformanceKit.Builder library() {
        return ConformanceKit.target(provider.target().endpoint().toString()).key(provider.key())
                .stateChangeUrl(provider.target().stateChangeUrl().orElseThrow());
    }

    @Test
    void aNamedVersionIsCheckedAtItsRouteAndNamedInEveryReport() throws IOException {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        Run run = run(true, "--service-version", "2024-05-01", "--check", "auth.*", "--check", "cancel.twice");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS [2024-05-01] auth.missing-key", "PASS [2024-05-01] cancel.twice",
                "Service versions: 2024-05-01").endsWith("3 passed, 0 failed, 0 skipped\n");
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("name=\"[2024-05-01] cancel.twice\"",
                "<property name=\"serviceVersion\" value=\"2024-05-01\"", "<property name=\"requestIds\" value=\"");
        assertThat(reports.resolve(ReportWriter.JSON)).content().contains("\"serviceVersion\" : \"2024-05-01\"",
                "\"name\" : \"[2024-05-01] cancel.twice\"", "/translator/document/batches/")
                .containsPattern("\"request\" : \"DELETE /translator/document/batches/[0-9a-f-]{36}\\?api-version=2024-05-01\"")
                .containsPattern("\"requestId\" : \"[^\"]+\"");
        assertThat(reports.resolve(ReportWriter.HTML)).content().contains("[2024-05-01] cancel.twice", "request id <code>");
    }

    @Test
    void severalVersionsRunSideBySideAndTheClosingLineCountsThemAll() {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.twice"));

        Run run = run(true, "--service-version", "v1.0", "--service-version", "v1.1", "--check", "cancel.twice",
                "--check", "status.failed-document-link");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL [v1.0] cancel.twice", "FAIL [v1.1] cancel.twice",
                "PASS [v1.1] status.failed-document-link").doesNotContain("[v1.0] status.failed-document-link")
                .endsWith("1 passed, 2 failed, 0 skipped\n");
    }

    @Test
    void detectChecksTheServedVersionsAndSaysWhichInOneLine() {
        provider.breakWith(VersionBreakages.NO_2024_ROUTE);

        Run run = run(true, "--service-version", "detect", "--check", "auth.wrong-key");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Service versions served: v1.0-preview.1, v1.0, v1.1; not served: 2024-05-01\n",
                "PASS [v1.0-preview.1] auth.wrong-key", "PASS [v1.1] auth.wrong-key").doesNotContain("[2024-05-01]")
                .endsWith("3 passed, 0 failed, 0 skipped\n");
    }

    @Test
    void aRouteTheTargetDoesNotServeIsOneLineAndExitTwo() {
        provider.breakWith(VersionBreakages.NO_2024_ROUTE);
        String route = provider.target(ServiceVersion.V2024_05_01).apiBase() + "/batches/{id}?api-version=2024-05-01";

        Run withStates = run(true, "--service-version", "2024-05-01");
        Run without = run(false, "--service-version", "v1.0", "--service-version", "2024-05-01");

        assertThat(withStates.exit()).isEqualTo(2);
        assertThat(withStates.err()).isEqualTo("error: " + route + " is not served by the target (GET of an arranged"
                + " operation answered 404 text/html); is --service-version right? served versions: v1.0-preview.1, v1.0,"
                + " v1.1\n");
        assertThat(withStates.out()).doesNotContain("PASS", "FAIL");
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).isEqualTo("error: " + route + " is not served by the target (GET of an unknown id"
                + " answered 404 text/html); is --service-version right? served versions: v1.0-preview.1, v1.0, v1.1\n");
    }

    @Test
    void aRunThatNamesNoVersionIsThePreviewsAsItAlwaysWas() {
        // No probe: a target that does not serve the preview's route gets its page of failures, as before.
        provider.breakWith((call, up) -> call.path().startsWith(ServiceVersion.V1_0_PREVIEW_1.apiPath())
                ? new BreakingProvider.Answer(404, Map.of("Content-Type", "text/html"), "<html>404</html>") : up.get());

        Run run = run(true, "--check", "auth.*");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL auth.missing-key", "FAIL auth.wrong-key").doesNotContain("[v1.0-preview.1]",
                "Service versions").endsWith("0 passed, 2 failed, 0 skipped\n");
    }

    @Test
    void aVersionTheKitDoesNotKnowIsAUsageErrorNamingTheKnownOnes() {
        Run unknown = run(true, "--service-version", "v2.0");
        Run mixed = run(true, "--service-version", "detect", "--service-version", "v1.0");
        Run notOfThisVersion = run(true, "--check", "errors.x-ms-error-code");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: --service-version: service version 'v2.0' is not implemented;"
                + " expected one of v1.0-preview.1, v1.0, v1.1, 2024-05-01\n");
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).contains("'detect' checks every version the target serves");
        assertThat(notOfThisVersion.exit()).isEqualTo(2);
        assertThat(notOfThisVersion.err()).contains("--check errors.x-ms-error-code select no check of v1.0-preview.1:"
                + " errors.x-ms-error-code is a rule of 2024-05-01");
    }

    @Test
    void helpAndTheCheckListNameEveryVersion() {
        StringWriter help = new StringWriter();
        KitCommand.run(new PrintWriter(help, true), new PrintWriter(new StringWriter(), true), n -> null, "--help");
        StringWriter list = new StringWriter();
        KitCommand.run(new PrintWriter(list, true), new PrintWriter(new StringWriter(), true), n -> null, "--list-checks");

        // picocli wraps the description where it likes; the ids are read without its line breaks.
        String unwrapped = help.toString().replaceAll("\\s*\\n\\s*", "");
        ServiceVersion.all().forEach(v -> assertThat(unwrapped).contains(v.id()));
        assertThat(unwrapped).contains("'detect'");
        assertThat(list.toString()).containsPattern("errors\\.x-ms-error-code\\s+MUST")
                .contains("versions: 2024-05-01 only", "versions: v1.1 only");
    }

    @Test
    void theLibraryChecksTheVersionsItIsGivenOrFinds() {
        provider.breakWith(VersionBreakages.NO_2024_ROUTE);

        RunReport named = library().serviceVersions(ServiceVersion.V1_1, ServiceVersion.V1_0).checks("auth.wrong-key").run();
        RunReport detected = library().detectServiceVersions().checks("auth.wrong-key").run();

        assertThat(named.versions()).containsExactly(ServiceVersion.V1_0, ServiceVersion.V1_1);
        assertThat(named.results()).extracting(r -> r.name(true))
                .containsExactly("[v1.0] auth.wrong-key", "[v1.1] auth.wrong-key");
        assertThat(detected.versions()).containsExactly(ServiceVersion.V1_0_PREVIEW_1, ServiceVersion.V1_0,
                ServiceVersion.V1_1);
        assertThat(detected.closingLine()).isEqualTo("3 passed, 0 failed, 0 skipped");
        assertThatThrownBy(() -> library().serviceVersions(ServiceVersion.V2024_05_01).run())
                .isInstanceOf(TargetNotServedException.class)
                .hasMessageEndingWith("is not served by the target (GET of an arranged operation answered 404 text/html);"
                        + " is the service version right? served versions: v1.0-preview.1, v1.0, v1.1")
                .satisfies(e -> assertThat(((TargetNotServedException) e).servedVersions())
                        .containsExactly(ServiceVersion.V1_0_PREVIEW_1, ServiceVersion.V1_0, ServiceVersion.V1_1));
    }

    @Test
    void theBuilderChecksTheVersionsAsTheyAreGiven() {
        ConformanceKit.Builder builder = ConformanceKit.target("https://my-translator.cognitiveservices.azure.com").key("k");

        assertThatThrownBy(builder::serviceVersions).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected one or more of v1.0-preview.1, v1.0, v1.1, 2024-05-01");
        assertThatThrownBy(() -> builder.serviceVersions(ServiceVersion.V1_0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("versions[1] == null");
        assertThatThrownBy(() -> builder.checks("headers.retry-after").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("headers.retry-after is a rule of 2024-05-01");
        assertThat(builder.serviceVersions(ServiceVersion.V2024_05_01).build().target(ServiceVersion.V2024_05_01)
                .apiBase()).hasToString("https://my-translator.cognitiveservices.azure.com/translator/document");
    }

    @Test
    void dynamicTestsNameTheVersionOfEachCheck() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        List<String> names = library().serviceVersions(ServiceVersion.V1_0, ServiceVersion.V2024_05_01)
                .checks("auth.wrong-key").dynamicTests().map(t -> t.getDisplayName()).toList();

        assertThat(names).containsExactly("[v1.0] auth.wrong-key (MUST) Wrong key is refused with 401",
                "[2024-05-01] auth.wrong-key (MUST) Wrong key is refused with 401");
    }
}

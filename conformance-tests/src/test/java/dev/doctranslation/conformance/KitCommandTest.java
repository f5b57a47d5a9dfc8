package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, exit codes, reports, and no key anywhere. */
class KitCommandTest extends BreakingProviderTest {

    @TempDir
    Path reports;

    record Run(int exit, String out, String err) {}

    private Run run(Function<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KitCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run runAgainstProvider(String... extra) {
        String[] args = Stream.concat(Stream.of("--target", provider.target().endpoint().toString(),
                "--state-change-url", provider.target().stateChangeUrl().orElseThrow().toString(),
                "--key-env", "KIT_TEST_KEY", "--report-dir", reports.toString(), "--settle-timeout", "PT3S"),
                Stream.of(extra)).toArray(String[]::new);
        return run(Map.of("KIT_TEST_KEY", provider.key())::get, args);
    }

    @Test
    void theEmbeddedMockPassesEveryCheckOfEveryVersionAndTheThreeReportsAreWritten() throws IOException {
        Run run = run(name -> null, "--report-dir", reports.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        String[] lines = run.out().split("\n");
        // Against the embedded mock, every version; security.hsts applies to https only, and the mock speaks http.
        int checks = EmbeddedMock.checksOfEveryVersion();
        int versions = ServiceVersion.all().size();
        assertThat(lines[lines.length - 1]).isEqualTo(checks - versions + " passed, 0 failed, " + versions + " skipped");
        assertThat(run.out()).contains("/" + checks + "] PASS [v1.0-preview.1] auth.missing-key",
                "PASS [2024-05-01] errors.x-ms-error-code", "SKIP [v1.1] security.hsts", "Warnings: 0 ",
                "Service versions: v1.0-preview.1, v1.0, v1.1, 2024-05-01");
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("<testcase", "name=\"[v1.0] cancel.running\"",
                "<property name=\"severity\" value=\"MUST\"");
        assertThat(reports.resolve(ReportWriter.JSON)).content().contains("\"verdict\" : \"PASSED\"");
        assertThat(reports.resolve(ReportWriter.HTML)).content().contains("cancel.twice", "<details>")
                .doesNotContainPattern("<(script|link)[^>]+(src|href)=\"?https?:");
    }

    @Test
    void aProviderBreakingAMustRuleExitsOneAndTheFailureIsInEveryReport() throws IOException {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.twice"));

        Run run = runAgainstProvider("--check", "cancel.twice", "--check", "auth.*");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL cancel.twice").endsWith("2 passed, 1 failed, 0 skipped\n");
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("<failure type=\"cancel.twice\"");
        assertThat(reports.resolve(ReportWriter.HTML)).content().contains("a second cancel right after the first got 200");
    }

    @Test
    void withoutAStateChangeUrlStatefulChecksAreSkippedWithTheReason() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        Run run = run(Map.of("KIT_TEST_KEY", provider.key())::get, "--target", provider.target().endpoint().toString(),
                "--key-env", "KIT_TEST_KEY", "--report-dir", reports.toString(), "--check", "cancel.running",
                "--check", "auth.wrong-key");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("SKIP cancel.running", "has no state-change URL")
                .endsWith("1 passed, 0 failed, 1 skipped\n");
    }

    @Test
    void theKeyIsInNoOutputAndNoReportEvenWhenTheProviderEchoesIt() throws IOException {
        provider.breakWith((call, up) -> {
            BreakingProvider.Answer a = up.get();
            return new BreakingProvider.Answer(a.status(), Map.of("Content-Type", "application/json",
                    "X-Echo", provider.key()), a.body().replace("\"message\": \"", "\"message\": \"key " + provider.key() + " "));
        });

        Run run = runAgainstProvider();

        assertThat(run.out()).contains("WARN security.key-not-echoed")
                .containsIgnoringCase("the subscription key comes back in header X-Echo of the 401 answer to GET with no key");
        // A header value in any notation: "Ocp-Apim-Subscription-Key: x", "...Key" : "x", ...Key=x
        String headerValue = "(?i)Ocp-Apim-Subscription-Key\\W{0,3}[:=]\\W{0,3}[A-Za-z0-9]{12,}";
        assertThat(run.out() + run.err()).doesNotContain(provider.key()).doesNotContainPattern(headerValue);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.toList()).hasSize(3).allSatisfy(f -> assertThat(f).content()
                    .doesNotContain(provider.key()).doesNotContainPattern(headerValue));
        }
    }

    @Test
    void securityFindingsWarnByDefaultAndFailTheRunUnderStrictSecurity() {
        provider.breakWith(Breakages.BY_CHECK.get("security.cors"));

        Run lenient = runAgainstProvider("--check", "security.cors");
        Run strict = runAgainstProvider("--check", "security.cors", "--strict-security");

        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("WARN security.cors", "Access-Control-Allow-Origin: *")
                .endsWith("1 passed, 0 failed, 0 skipped\n");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("FAIL security.cors").endsWith("0 passed, 1 failed, 0 skipped\n");
    }

    @Test
    void usageErrorsExitTwoWithAMessageThatSaysWhat() {
        assertThat(run(n -> null, "--check", "nope.*")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--check nope.* matches no check; the ids are auth.missing-key");
        });
        assertThat(run(n -> null, "--target", "https://my-translator.cognitiveservices.azure.com")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("environment variable DOCUMENT_TRANSLATION_KEY is not set");
        });
        assertThat(run(n -> "k", "--target", "https://api.cognitive.microsofttranslator.com")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--target:", "does not serve Document Translation");
        });
        assertThat(run(n -> "k", "--target", "http://127.0.0.1:1")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("the target http://127.0.0.1:1/translator/text/batch/v1.0-preview.1 is unreachable");
        });
        assertThat(run(n -> null, "--report-dirr", "x")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown options: '--report-dirr'");
        });
    }

    @Test
    void listChecksNamesEveryCheckWithItsSeverity() {
        Run run = run(n -> null, "--list-checks");

        assertThat(run.exit()).isZero();
        Catalogue.all().forEach(c -> assertThat(run.out()).containsPattern(c.id() + "\\s+" + c.severity()));
        assertThat(run(n -> null, "--list-checks", "--strict-security").out())
                .containsPattern("security\\.cors\\s+MUST").containsPattern("security\\.hsts\\s+MUST");
        assertThat(run.out()).containsPattern("security\\.cors\\s+SHOULD");
    }
}

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's builder and its plain run, without JUnit's help: what a user's code meets. */
class ConformanceKitTest extends BreakingProviderTest {
    private static final String ENDPOINT = "https://my-translator.cognitiveservices.azure.com";

    @TempDir
    Path reports;

    private static ConformanceKit.Builder againstProvider() {
        return ConformanceKit.target(provider.target().endpoint().toString()).key(provider.key())
                .stateChangeUrl(provider.target().stateChangeUrl().orElseThrow());
    }

    @Test
    void anEndpointTheContractRefusesIsRefusedAtOnceNamingIt() {
        assertThatThrownBy(() -> ConformanceKit.target("https://api.cognitive.microsofttranslator.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api.cognitive.microsofttranslator.com").hasMessageContaining("does not serve");
        assertThatThrownBy(() -> ConformanceKit.target("my translator")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my translator'");
        assertThatThrownBy(() -> ConformanceKit.target(ENDPOINT + "?x=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ENDPOINT + "?x=1");
        assertThatThrownBy(() -> ConformanceKit.target((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("endpoint == null");
    }

    @Test
    void plainHttpOffLoopbackIsRefusedByBuildUnlessAllowed() {
        ConformanceKit.Builder builder = ConformanceKit.target("http://translator.test.internal").key("k");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://translator.test.internal").hasMessageContaining("allowInsecureHttp(true)");
        assertThat(builder.allowInsecureHttp(true).build().target().apiBase())
                .hasToString("http://translator.test.internal/translator/text/batch/v1.0-preview.1");
    }

    @Test
    void eachSettingIsCheckedAsItIsGiven() {
        ConformanceKit.Builder builder = ConformanceKit.target(ENDPOINT);

        assertThatThrownBy(() -> builder.key(null)).isInstanceOf(NullPointerException.class).hasMessage("key == null");
        assertThatThrownBy(() -> builder.key(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key is blank");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no key for " + ENDPOINT);
        assertThatThrownBy(() -> builder.checks("cancel.*", "nope.*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nope.* matches no check; the ids are auth.missing-key");
        assertThatThrownBy(() -> builder.checks((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("idsOrGlobs[0] == null");
        assertThatThrownBy(() -> builder.stateChangeUrl(URI.create("/_states")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/_states'");
        assertThatThrownBy(() -> builder.stateChangeUrl(null)).hasMessage("stateChangeUrl == null");
        assertThatThrownBy(() -> builder.settleTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.settleTimeout(null)).hasMessage("settleTimeout == null");
        assertThatThrownBy(() -> builder.reportDir(null)).hasMessage("reportDir == null");
    }

    @Test
    void aBuiltKitKeepsItsSettingsWhateverTheBuilderDoesNext() {
        ConformanceKit.Builder builder = ConformanceKit.target(ENDPOINT).key("k").checks("auth.*");

        ConformanceKit kit = builder.build();
        builder.checks("security.*").strictSecurity(true);
        ConformanceKit strict = builder.build();

        assertThat(kit.checks()).extracting(Check::id).containsExactly("auth.missing-key", "auth.wrong-key");
        assertThat(strict.checks()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.id()).startsWith("security.");
            assertThat(c.severity()).isEqualTo(Severity.MUST);
        });
        assertThat(ConformanceKit.target(ENDPOINT).key("k").build().checks()).hasSameSizeAs(Catalogue.all());
    }

    @Test
    void theKeyIsNeverShown() {
        ConformanceKit kit = ConformanceKit.target(ENDPOINT).key("0123456789abcdef0123456789abcdef").build();

        assertThat(kit.toString()).contains(ENDPOINT).doesNotContain("0123456789abcdef");
    }

    @Test
    void runReturnsTheResultsTellsEachCheckAndWritesTheReports() throws IOException {
        provider.breakWith(Breakages.BY_CHECK.get("cancel.twice"));
        List<String> told = new ArrayList<>();

        RunReport report = againstProvider().checks("auth.*", "cancel.twice").reportDir(reports).build()
                .run(r -> told.add(r.check().id() + " " + r.verdict()));

        assertThat(told).containsExactly("auth.missing-key PASSED", "auth.wrong-key PASSED", "cancel.twice FAILED");
        assertThat(report.closingLine()).isEqualTo("2 passed, 1 failed, 0 skipped");
        assertThat(report.breaksContract()).isTrue();
        assertThat(report.target()).isEqualTo(provider.target().endpoint().toString());
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(ReportWriter.JUNIT_XML, ReportWriter.JSON, ReportWriter.HTML);
        }
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content().contains("<failure type=\"cancel.twice\"")
                .doesNotContain(provider.key());
    }

    @Test
    void withoutAReportFolderNothingIsWritten() {
        provider.breakWith(BreakingProvider.Breakage.NONE);

        RunReport report = againstProvider().checks("auth.wrong-key").build().run();

        assertThat(report.closingLine()).isEqualTo("1 passed, 0 failed, 0 skipped");
        assertThat(Path.of(ReportWriter.JUNIT_XML)).doesNotExist();
    }
}

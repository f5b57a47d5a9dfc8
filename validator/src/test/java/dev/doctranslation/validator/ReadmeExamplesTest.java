package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run against a local server, and kept identical to it. */
class ReadmeExamplesTest {
    private static final Path EXCHANGES = Path.of("src/test/resources/exchanges");

    @Test
    void usageFindsNothingWrongWithAValidAnswer() throws Exception {
        // The README's free variables: one valid answer of the seed page (raw and decoded), and an
        // earlier observation of the same operation, while it was still running.
        UUID id = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");
        byte[] bodyBytes = Files.readAllBytes(EXCHANGES.resolve("page-200-example.json"));
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"));
        TranslationStatus translationStatus = ContractJson.newMapper().readValue(bodyBytes, TranslationStatus.class);
        TranslationStatus after = translationStatus;
        TranslationStatus before = ContractJson.newMapper().readValue(bodyBytes, TranslationStatus.class)
                .status(Status.RUNNING)
                .lastActionDateTimeUtc(OffsetDateTime.parse("2020-03-26T00:30:00Z"));
        before.getSummary().success(4).inProgress(2).notYetStarted(3);

        // snippet:usage:begin
        ContractValidator validator = ContractValidator.fromClasspath();   // parses the contract once; share it

        List<Violation> found = validator.validateExchange("cancelTranslation", 200, headers, bodyBytes);
        List<Violation> same  = validator.validateExchange("DELETE", "/translator/text/batch/v1.0-preview.1/batches/" + id, 200, headers, bodyBytes);
        List<Violation> typed = validator.validate(translationStatus);          // a decoded model
        List<Violation> moved = validator.validateTransition(before, after);    // two observations of one operation
        // snippet:usage:end

        assertThat(found).isEmpty();
        assertThat(same).isEmpty();
        assertThat(typed).isEmpty();
        assertThat(moved).isEmpty();
        // The empty lists mean something only if the same checks can object: read backwards, the
        // two observations break the transition rules.
        assertThat(validator.validateTransition(after, before)).extracting(Violation::ruleId)
                .contains("transition.success-kept", "transition.terminal-final");
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String source = Files.readString(Path.of("src/test/java/dev/doctranslation/validator/ReadmeExamplesTest.java"));

        Matcher inReadme = Pattern.compile("<!-- snippet: usage[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        Matcher inTest = Pattern.compile("// snippet:usage:begin\\n(.*?)\\s*// snippet:usage:end", Pattern.DOTALL)
                .matcher(source);
        assertThat(inReadme.find()).as("README.md has the usage snippet").isTrue();
        assertThat(inTest.find()).isTrue();
        assertThat(normalize(inReadme.group(1))).isEqualTo(normalize(inTest.group(1)));
    }

    /** Indentation and blank lines may differ (the README indents by 2); everything else may not. */
    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}

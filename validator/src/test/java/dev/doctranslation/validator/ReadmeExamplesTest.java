package dev.doctranslation.validator;

import dev.doctranslation.contract.testing.ReadmeSnippets;

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
    void readmeShowsExactlyTheCodeThisTestRuns() {
        ReadmeSnippets.assertSame("usage", Path.of("README.md"), Path.of("src/test/java/dev/doctranslation/validator/ReadmeExamplesTest.java"));
    }
}

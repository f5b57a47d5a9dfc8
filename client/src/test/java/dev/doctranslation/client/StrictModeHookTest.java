package dev.doctranslation.client;

import dev.doctranslation.contract.testing.ReadmeSnippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.validator.ContractValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Strict mode with the validator module's hook, against a real local server: the two modules meet
 * only here, in the client's tests, through the contract module's {@code ResponseValidator}. Also
 * keeps the validator README's strict-mode snippet identical to the code run here.
 */
class StrictModeHookTest {
    private static final UUID ID = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");
    private static final Path BODIES = Path.of("src/test/resources/strict");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private DocumentTranslationClient strictClient() {
        String endpoint = server.url("/").toString();
        String key = "strict-mode-key";
        // snippet:strict:begin
        DocumentTranslationClient strict = DocumentTranslationClient.builder()
                .endpoint(endpoint).subscriptionKey(key)
                .strict(ContractValidator.fromClasspath().strict())             // MUST violations raise InvalidResponseException
                .build();
        // snippet:strict:end
        return strict;
    }

    private void serve(String file) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(BODIES.resolve(file))).build());
    }

    @Test
    void aResponseBreakingAMustRuleIsRejectedWithItsViolations() throws Exception {
        serve("summary-does-not-add-up.json");

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
                () -> strictClient().getTranslationStatus(ID));

        assertThat(e.violations()).singleElement().asString().startsWith("MUST summary.arithmetic $.summary: total is 10");
    }

    @Test
    void aConformingResponseAndAShouldDeviationPass() throws Exception {
        serve("page-200-example.json");
        serve("status-canceled-page-spelling.json");
        DocumentTranslationClient client = strictClient();

        assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.SUCCEEDED);
        assertThat(client.getTranslationStatus(ID).getStatus()).isEqualTo(Status.CANCELLED);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/translator/text/batch/v1.0-preview.1/batches/" + ID);
        assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo("strict-mode-key");
    }

    @Test
    void theValidatorReadmeShowsExactlyTheStrictModeCodeThisTestRuns() {
        ReadmeSnippets.assertSame("strict", Path.of("../validator/README.md"), Path.of("src/test/java/dev/doctranslation/client/StrictModeHookTest.java"));
    }
}

package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.InvalidResponseException;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.models.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The SDK in strict mode, with this module's hook, against a real local server. */
class StrictModeHookTest {
    private static final UUID ID = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private DocumentTranslationClient strictClient() {
        return DocumentTranslationClient.builder().endpoint(server.url("/").toString()).subscriptionKey("k")
                .retryOptions(RetryOptions.none())
                .strict(ContractValidator.fromClasspath().strict())
                .build();
    }

    private void serve(int code, String file) throws Exception {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(Files.readString(Path.of("src/test/resources/exchanges", file))).build());
    }

    @Test
    void aResponseBreakingAMustRuleIsRejectedWithItsViolations() throws Exception {
        serve(200, "summary-does-not-add-up.json");

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
                () -> strictClient().getTranslationStatus(ID));

        assertThat(e.violations()).singleElement().asString().startsWith("MUST summary.arithmetic $.summary: total is 10");
    }

    @Test
    void aConformingResponseAndAShouldDeviationPass() throws Exception {
        serve(200, "page-200-example.json");
        serve(200, "status-canceled-page-spelling.json");
        DocumentTranslationClient client = strictClient();

        assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.SUCCEEDED);
        assertThat(client.getTranslationStatus(ID).getStatus()).isEqualTo(Status.CANCELLED);
    }
}

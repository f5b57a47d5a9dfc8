package dev.doctranslation.client;

import dev.doctranslation.contract.testing.ReadmeSnippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.TranslationStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's quickstart, compiled and run against a local server, and kept identical to it. */
class QuickstartTest extends ClientTestBase {

    @Test
    void quickstartCancelsAnOperation() throws Exception {
        enqueue(200, Bodies.status("Cancelling"));
        String endpoint = server.url("/").toString();
        String key = KEY;
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // snippet:quickstart:begin
            DocumentTranslationClient client = DocumentTranslationClient.builder()
                    .endpoint(endpoint) // https://<your-resource>.cognitiveservices.azure.com
                    .subscriptionKey(key)
                    .build();
            TranslationStatus status = client.cancelTranslation(UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"));
            System.out.println(status.getStatus() + ", " + status.getSummary().getSuccess() + " documents already translated");
            // snippet:quickstart:end
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Cancelling, 4 documents already translated\n");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() {
        ReadmeSnippets.assertSame("quickstart", Path.of("README.md"), Path.of("src/test/java/dev/doctranslation/client/QuickstartTest.java"));
    }
}

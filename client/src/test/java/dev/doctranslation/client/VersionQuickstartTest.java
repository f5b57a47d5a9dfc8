package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.contract.testing.ReadmeSnippets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The client README's snippets on choosing the service version and on bearer tokens, and the root
 * README's SDK quick start, compiled and run against a local server, and kept identical to the
 * READMEs.
 */
class VersionQuickstartTest extends ClientTestBase {
    private static final Path README = Path.of("README.md");
    /** The repository's README, one folder up from the client module the tests run in. */
    private static final Path ROOT_README = Path.of("../README.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/doctranslation/client/VersionQuickstartTest.java");

    @Test
    void theVersionSnippetTalks2024AndShowsTheRequestId() throws Exception {
        enqueue(200, Bodies.status("Cancelling"), "apim-request-id", "0f1e2d3c-aaaa-bbbb-cccc-000000000001");
        enqueue(404, AzureCoreBodies.error("ResourceNotFound", "The operation was not found."),
                "x-ms-error-code", "ResourceNotFound", "apim-request-id", "0f1e2d3c-aaaa-bbbb-cccc-000000000002");
        String endpoint = server.url("/").toString();
        String key = KEY;

        String printed = printed(() -> {
            // snippet:service-version:begin
            DocumentTranslationClient client = DocumentTranslationClient.builder()
                    .endpoint(endpoint) // https://<your-resource>.cognitiveservices.azure.com
                    .serviceVersion(ServiceVersion.V2024_05_01) // or V1_1, V1_0, V1_0_PREVIEW_1
                    .subscriptionKey(key)
                    .build();
            Response<TranslationStatus> response = client.cancelTranslationWithResponse(
                    UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"));
            System.out.println(response.value().getStatus() + ", request id " + response.requestId().orElse("none"));
            try {
                client.getTranslationStatus(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
            } catch (DocumentTranslationException e) {
                System.out.println(e.statusCode() + " " + e.errorCode().orElse("(no code)")
                        + ", request id " + e.requestId().orElse("none"));
            }
            // snippet:service-version:end
        });

        assertThat(printed).isEqualTo("""
                Cancelling, request id 0f1e2d3c-aaaa-bbbb-cccc-000000000001
                404 ResourceNotFound, request id 0f1e2d3c-aaaa-bbbb-cccc-000000000002
                """);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/translator/document/batches/"
                + "727bf148-f327-47a0-9481-abae6362f11e?api-version=2024-05-01");
    }

    @Test
    void theBearerSnippetSendsTheToken() throws Exception {
        enqueue(200, Bodies.status("Running"));
        String endpoint = server.url("/").toString();
        TokenSource myTokens = scope -> "token-for-" + scope;

        // snippet:bearer-token:begin
        DocumentTranslationClient client = DocumentTranslationClient.builder()
                .endpoint(endpoint) // a custom domain: bearer tokens need one too
                .serviceVersion(ServiceVersion.V2024_05_01) // the version that accepts them
                .credential(scope -> myTokens.accessToken(scope)) // asked before every request: cache in it
                .build();
        TranslationStatus status = client.getTranslationStatus(UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"));
        // snippet:bearer-token:end

        assertThat(status.getStatus()).hasToString("Running");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo("Bearer token-for-https://cognitiveservices.azure.com/.default");
    }

    /** The root README's SDK quick start: the version named, a key, a cancel. */
    @Test
    void theRootReadmesQuickStartCancelsOn2024() throws Exception {
        enqueue(200, Bodies.status("Cancelling"));
        String endpoint = server.url("/").toString();
        String key = KEY;

        // snippet:sdk-quick-start:begin
        DocumentTranslationClient client = DocumentTranslationClient.builder()
                .endpoint(endpoint) // https://<your-resource>.cognitiveservices.azure.com
                .serviceVersion(ServiceVersion.V2024_05_01) // or V1_1, V1_0; without it, v1.0-preview.1
                .subscriptionKey(key) // or, for 2024-05-01, .credential(TokenCredential) with a bearer token
                .build();
        TranslationStatus status = client.cancelTranslation(UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"));
        // snippet:sdk-quick-start:end

        assertThat(status.getStatus()).hasToString("Cancelling");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).endsWith("?api-version=2024-05-01");
        assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(KEY);
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() {
        ReadmeSnippets.assertSame("sdk-quick-start", ROOT_README, SOURCE);
        ReadmeSnippets.assertSame("service-version", README, SOURCE);
        ReadmeSnippets.assertSame("bearer-token", README, SOURCE);
    }

    /** Stands for the reader's own token source (Azure Identity, say) in the snippet. */
    @FunctionalInterface
    interface TokenSource {
        String accessToken(String scope);
    }

    private static String printed(Runnable code) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(stdout);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}

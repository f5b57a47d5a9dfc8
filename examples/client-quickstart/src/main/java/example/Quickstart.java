package example;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.mock.MockServer;
import java.util.UUID;

/**
 * The SDK's quick start as an application. The reference mock, started in this JVM, stands in
 * for a Translator resource, so it runs anywhere; against the service, endpoint and key are your
 * resource's and the id is one of your translation operations.
 */
public final class Quickstart {
    private Quickstart() {}

    public static void main(String[] args) {
        try (MockServer mock = MockServer.start()) {
            UUID id = mock.operations().arrange("Running");
            String endpoint = mock.baseUrl().toString();
            String key = mock.key();

            DocumentTranslationClient client = DocumentTranslationClient.builder()
                    .endpoint(endpoint) // https://<your-resource>.cognitiveservices.azure.com
                    .subscriptionKey(key)
                    .build();
            TranslationStatus status = client.cancelTranslation(id);
            System.out.println(status.getStatus() + ", " + status.getSummary().getSuccess() + " documents already translated");
        }
    }
}

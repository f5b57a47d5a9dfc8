package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A token credential instead of the key, where the version declares OAuth2 (2024-05-01). */
class BearerTokenTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);
    private static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.test-token-payload.signature";

    @Test
    void theTokenIsSentAsABearerAuthorizationAndTheKeyIsNot() throws Exception {
        enqueue(200, Bodies.status("Cancelling"));
        List<String> scopes = new ArrayList<>();
        DocumentTranslationClient client = tokenClient(scope -> {
            scopes.add(scope);
            return TOKEN;
        });

        client.cancelTranslation(ID);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isNull();
        assertThat(request.getHeaders().get("User-Agent")).startsWith("doctranslation-java/");
        assertThat(request.getTarget()).endsWith("?api-version=2024-05-01");
        assertThat(scopes).containsExactly("https://cognitiveservices.azure.com/.default");
    }

    /** The credential owns caching and refresh: it is asked before every request, retries included. */
    @Test
    void theCredentialIsAskedBeforeEveryRequestSoARefreshedTokenIsUsed() throws Exception {
        enqueue(503, AzureCoreBodies.error("ServiceUnavailable", "later"));
        enqueue(200, Bodies.status("Running"));
        int[] calls = {0};
        DocumentTranslationClient client = tokenClient(scope -> "token-" + ++calls[0]);

        client.getTranslationStatus(ID);

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void aCredentialThatGivesNoTokenFailsTheCallClearly() {
        DocumentTranslationClient client = tokenClient(scope -> " ");

        assertThatThrownBy(() -> client.getTranslationStatus(ID)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the token credential returned no token for scope https://cognitiveservices.azure.com/.default");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = ServiceVersion.class, names = {"V1_0_PREVIEW_1", "V1_0", "V1_1"})
    void aVersionWithoutOAuthRefusesATokenAtBuild(ServiceVersion version) {
        DocumentTranslationClientBuilder builder = DocumentTranslationClient.builder()
                .endpoint("https://x.cognitiveservices.azure.com").serviceVersion(version).credential(scope -> TOKEN);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("service version " + version.id() + " does not accept bearer tokens (its spec declares only"
                        + " the subscription key); use subscriptionKey(...), or a version that accepts them: 2024-05-01");
    }

    @Test
    void aKeyAndATokenTogetherAreRefused() {
        DocumentTranslationClientBuilder builder = builder().serviceVersion(ServiceVersion.V2024_05_01)
                .credential(scope -> TOKEN);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("both a subscription key and a token credential are set; set one: subscriptionKey(...) or"
                        + " credential(TokenCredential)");
    }

    @Test
    void aMissingCredentialNamesTheTokenWhereTheVersionAcceptsOne() {
        assertThatThrownBy(() -> DocumentTranslationClient.builder().endpoint("https://x.cognitiveservices.azure.com")
                .serviceVersion(ServiceVersion.V2024_05_01).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing subscription key (subscriptionKey(String) or subscriptionKey(Supplier)) or token"
                        + " credential (credential(TokenCredential))");
        assertThatThrownBy(() -> DocumentTranslationClient.builder().credential(null))
                .isInstanceOf(NullPointerException.class).hasMessage("credential == null");
    }

    /** The listener sees the request without its Authorization header, as it does without the key. */
    @Test
    void theListenerIsNotShownTheToken() {
        enqueue(200, Bodies.status("Running"));
        List<ObservedExchange> seen = new ArrayList<>();
        DocumentTranslationClient client = tokenBuilder(scope -> TOKEN).exchangeListener(seen::add).build();

        client.getTranslationStatus(ID);

        assertThat(seen).singleElement().satisfies(exchange -> {
            assertThat(exchange.requestHeaders()).doesNotContainKey("Authorization").containsKey("User-Agent");
            assertThat(exchange.requestHeaders().toString()).doesNotContain(TOKEN);
        });
    }

    private DocumentTranslationClient tokenClient(TokenCredential credential) {
        return tokenBuilder(credential).build();
    }

    private DocumentTranslationClientBuilder tokenBuilder(TokenCredential credential) {
        return DocumentTranslationClient.builder().endpoint(server.url("/").toString())
                .serviceVersion(ServiceVersion.V2024_05_01).credential(credential).clock(time).sleeper(time);
    }
}

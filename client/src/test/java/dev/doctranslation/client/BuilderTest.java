package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuilderTest {

    @Test
    void buildNamesEverythingMissing() {
        assertThatThrownBy(() -> DocumentTranslationClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing endpoint (https://<your-resource>.cognitiveservices.azure.com) and subscription key"
                        + " (subscriptionKey(String) or subscriptionKey(Supplier))");
        assertThatThrownBy(() -> DocumentTranslationClient.builder().subscriptionKey("k").build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("missing endpoint");
        assertThatThrownBy(() -> DocumentTranslationClient.builder().endpoint("https://x.cognitiveservices.azure.com").build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("missing subscription key");
    }

    @Test
    void settersCheckTheirArgumentAtOnce() {
        var builder = DocumentTranslationClient.builder();
        assertThatThrownBy(() -> builder.endpoint(null)).isInstanceOf(NullPointerException.class).hasMessage("endpoint == null");
        assertThatThrownBy(() -> builder.subscriptionKey((String) null)).hasMessage("key == null");
        assertThatThrownBy(() -> builder.subscriptionKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key is blank");
        assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readTimeout must be positive: PT0S");
        assertThatThrownBy(() -> RetryOptions.defaults().withMaxRetries(-1)).hasMessage("maxRetries < 0: -1");
    }

    @Test
    void theGlobalEndpointIsRefusedWithWhatToUseInstead() {
        assertThatThrownBy(() -> DocumentTranslationClient.builder().endpoint("https://api.cognitive.microsofttranslator.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not serve Document Translation")
                .hasMessageContaining("https://<your-resource>.cognitiveservices.azure.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://my-translator.cognitiveservices.azure.com", "http://10.0.0.7:8080", "ftp://x.y",
        "not a url", "https://x.cognitiveservices.azure.com/?a=b", "my-translator.cognitiveservices.azure.com"})
    void endpointsThatCannotWorkAreRefused(String endpoint) {
        assertThatThrownBy(() -> DocumentTranslationClient.builder().endpoint(endpoint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint");
    }

    @ParameterizedTest
    @CsvSource({
        "https://my-translator.cognitiveservices.azure.com, https://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1",
        "https://my-translator.cognitiveservices.azure.com/, https://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1",
        "https://x.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1/, https://x.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1",
        "http://localhost:8080, http://localhost:8080/translator/text/batch/v1.0-preview.1",
        "http://127.0.0.1:9/gateway, http://127.0.0.1:9/gateway/translator/text/batch/v1.0-preview.1",
        "http://[::1]:8080, http://[::1]:8080/translator/text/batch/v1.0-preview.1"})
    void acceptedEndpointsGetTheApiPathOnce(String endpoint, String expected) {
        var client = DocumentTranslationClient.builder().endpoint(endpoint).subscriptionKey("k").build();

        assertThat(client.endpoint()).hasToString(expected);
    }

    @Test
    void plainHttpToAnotherHostNeedsAnExplicitOptIn() {
        var client = DocumentTranslationClient.builder().allowInsecureHttp(true).endpoint("http://10.0.0.7:8080")
                .subscriptionKey("k").build();

        assertThat(client.endpoint()).hasToString("http://10.0.0.7:8080/translator/text/batch/v1.0-preview.1");
    }

    @Test
    void toStringShowsTheEndpointAndNeverTheKey() {
        var client = DocumentTranslationClient.builder().endpoint("http://localhost:1")
                .subscriptionKey("super-secret-key").build();

        assertThat(client.toString()).contains("localhost").doesNotContain("super-secret-key");
    }
}

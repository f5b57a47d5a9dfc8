package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@code security.hsts} judges. The tests run over http only, and an https test target cannot
 * also serve plain http where the check looks for it (port 80, or the https port itself), so the
 * failing side of the plain-http try is proven here, on the judging logic; {@link KitCanFailTest}
 * proves the header side end to end against the test provider over TLS.
 */
class HstsTest {

    @Test
    void aMaxAgeOfMoreThanZeroProtects() {
        assertThat(Hsts.headerProblem("max-age=31536000; includeSubDomains")).isEmpty();
        assertThat(Hsts.headerProblem("includeSubDomains; MAX-AGE=\"600\"")).isEmpty();
    }

    @Test
    void noHeaderAZeroOrMissingMaxAgeDoesNot() {
        assertThat(Hsts.headerProblem(null)).hasValue("has no Strict-Transport-Security header");
        assertThat(Hsts.headerProblem("max-age=0")).hasValueSatisfying(p -> assertThat(p).contains("max-age=0", "forget"));
        assertThat(Hsts.headerProblem("includeSubDomains")).hasValueSatisfying(p -> assertThat(p).contains("without max-age"));
        assertThat(Hsts.headerProblem("max-age=forever")).hasValueSatisfying(p -> assertThat(p).contains("not a number"));
    }

    @Test
    void thePlainTwinIsWhereAClientThatOnlyChangedTheSchemeWouldGo() {
        assertThat(Hsts.plainTwin(URI.create("https://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1")))
                .hasToString("http://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1");
        assertThat(Hsts.plainTwin(URI.create("https://example.test:443/api"))).hasToString("http://example.test/api");
        assertThat(Hsts.plainTwin(URI.create("https://127.0.0.1:8443/api"))).hasToString("http://127.0.0.1:8443/api");
    }

    @Test
    void plainHttpThatServesTheApiIsAFinding() {
        assertThat(Hsts.plainHttpProblem(answer(200))).hasValueSatisfying(p -> assertThat(p).contains("answers 200 over plain http"));
        assertThat(Hsts.plainHttpProblem(answer(204))).isPresent();
    }

    @Test
    void theApiRefusingTheDummyKeyOverPlainHttpIsAFinding() {
        Exchange unauthorized = new Exchange("getTranslationStatus", "GET", "/batches/x", 401, Map.of(),
                "{\"error\": {\"code\": \"Unauthorized\", \"message\": \"Check your credentials.\"}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(Hsts.plainHttpProblem(unauthorized)).hasValueSatisfying(p -> assertThat(p)
                .contains("the API itself answers 401").contains("cleartext"));
    }

    @Test
    void aGatewaysOwnRefusalOverPlainHttpIsNot() {
        Exchange gateway = new Exchange("getTranslationStatus", "GET", "/batches/x", 400, Map.of(),
                "<html><body>The plain HTTP request was sent to HTTPS port</body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(Hsts.plainHttpProblem(gateway)).isEmpty();
    }

    @Test
    void plainHttpThatRefusesRedirectsOrDoesNotAnswerIsNot() {
        assertThat(Hsts.plainHttpProblem(answer(0))).isEmpty();
        assertThat(Hsts.plainHttpProblem(answer(301))).isEmpty();
        assertThat(Hsts.plainHttpProblem(answer(308))).isEmpty();
        assertThat(Hsts.plainHttpProblem(answer(400))).isEmpty();
        assertThat(Hsts.plainHttpProblem(answer(403))).isEmpty();
    }

    private static Exchange answer(int status) {
        return new Exchange("getTranslationStatus", "GET", "/batches/x", status, Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}

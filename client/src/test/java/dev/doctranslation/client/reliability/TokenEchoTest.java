package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.contract.ServiceVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link KeyEchoTest} for the bearer token of 2024-05-01: a server that echoes the token in its
 * headers and Azure Core error bodies, at the most verbose log level. The token must appear in no
 * log line, exception message or {@code toString()}, nor in anything the exchange listener sees.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TokenEchoTest {
    /** Shaped like a JWT: three base64url parts. */
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJjb2duaXRpdmUifQ.c2lnbmF0dXJlLW9mLXRlc3Q";

    @RegisterExtension
    static final FaultFixture fixture = FaultFixture.echoing(TOKEN);

    static Stream<Arguments> echoingAnswers() {
        return Stream.of(
                Arguments.of("401 with the token in the message and the header", azureCore(401, "Unauthorized",
                        "token " + TOKEN + " has expired").withHeader("WWW-Authenticate", "Bearer error=\"" + TOKEN + "\"")),
                Arguments.of("400 with the token in a detail and the inner error", json(400, "{\"error\": {\"code\":"
                        + " \"InvalidRequest\", \"message\": \"m\", \"details\": [{\"code\": \"" + TOKEN + "\", \"message\": \""
                        + TOKEN + "\"}], \"innererror\": {\"code\": \"" + TOKEN + "\"}}}")),
                Arguments.of("503 whose x-ms-error-code is the token", azureCore(503, "ServiceUnavailable", "later")
                        .withHeader("x-ms-error-code", TOKEN)),
                Arguments.of("200 whose request id is the token", json(200, Payloads.status(
                        java.util.UUID.fromString("3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"), TOKEN))
                        .withHeader("apim-request-id", TOKEN)),
                Arguments.of("502 page that is the token", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html>" + TOKEN + "</html>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoingAnswers")
    void theTokenIsInNoLogLineMessageOrToString(String name, ResponseDefinitionBuilder answer) {
        for (KeyEchoTest.Operation operation : KeyEchoTest.Operation.values()) {
            fixture.server().serve(answer);
            List<String> seen = new ArrayList<>();
            KeyEchoTest.drive(operation, client(seen), seen);
            assertThat(seen).as("%s, %s", name, operation).isNotEmpty()
                    .noneSatisfy(text -> assertThat(text).contains(TOKEN));
            // The Authorization header itself is never logged or shown, redacted or not.
            assertThat(seen).as("%s, %s", name, operation).noneSatisfy(text -> assertThat(text)
                    .containsIgnoringCase("Authorization"));
            assertThat(fixture.server().requests()).allSatisfy(request ->
                    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        }
    }

    /** The scan above would pass on a client that logged nothing: these echoes must show, redacted. */
    @org.junit.jupiter.api.Test
    void theLogsDidSeeTheEchoesSoTheScanIsNotVacuous() {
        fixture.server().serve(azureCore(401, "Unauthorized", "token " + TOKEN + " has expired").withHeader("X-Echo", TOKEN));
        List<String> seen = new ArrayList<>();
        KeyEchoTest.drive(KeyEchoTest.Operation.STATUS, client(seen), seen);
        assertThat(seen).anySatisfy(text -> assertThat(text).contains("token [redacted] has expired"));
        assertThat(seen).anySatisfy(text -> assertThat(text).containsIgnoringCase("x-echo: [redacted]"));
        assertThat(seen).anySatisfy(text -> assertThat(text).startsWith("listener: ").contains("token [redacted]"));
    }

    private static DocumentTranslationClient client(List<String> seen) {
        return DocumentTranslationClient.builder().endpoint(fixture.server().endpoint())
                .serviceVersion(ServiceVersion.V2024_05_01).credential(scope -> TOKEN)
                .clock(fixture.time()).sleeper(fixture.time())
                .logLevel(LogLevel.BODY).retryOptions(RetryOptions.defaults().withMaxRetries(1))
                .readTimeout(Duration.ofSeconds(5)).exchangeListener(exchange -> seen.addAll(KeyEchoTest.texts(exchange)))
                .build();
    }

    private static ResponseDefinitionBuilder azureCore(int status, String code, String message) {
        return json(status, "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}")
                .withHeader("x-ms-error-code", code);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}

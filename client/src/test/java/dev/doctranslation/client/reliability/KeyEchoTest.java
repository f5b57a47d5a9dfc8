package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationClientBuilder;
import dev.doctranslation.client.DocumentTranslationException;
import dev.doctranslation.client.InvalidResponseException;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.client.ObservedExchange;
import dev.doctranslation.client.RetryOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes the key back, in headers and in every kind of body, on every path through
 * the client (decoded errors, undecodable successes, retries, transport failures), at the most
 * verbose log level: the key must appear in no log line, exception message or {@code toString()},
 * nor in anything the exchange listener is shown.
 * {@code KeyNeverLeaksTest} covers the plain error bodies; this covers the rest.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeyEchoTest {
    private static final UUID ID = UUID.fromString("3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b");
    private static final String KEY = Payloads.KEY;
    private static final String KEY_START = KEY.substring(0, 10);
    /** Marks the texts the exchange listener was shown among the others. */
    private static final String LISTENER = "listener: ";

    @RegisterExtension
    static final FaultFixture fixture = FaultFixture.echoing(KEY);

    /** Operations to drive, each through the public API. */
    enum Operation {
        CANCEL, STATUS, CANCEL_AND_WAIT
    }

    static Stream<Arguments> echoingAnswers() {
        String status = Payloads.status(ID, "Running");
        return Stream.of(
                Arguments.of("key in every response header", json(200, status)
                        .withHeader("X-Echo", KEY).withHeader("WWW-Authenticate", "key=" + KEY)
                        .withHeader("Location", "https://example.test/" + KEY)),
                Arguments.of("key in the id of a 200", json(200, status.replace(ID.toString(), KEY))),
                Arguments.of("key as a count of a 200", json(200, status.replace("\"total\": 10", "\"total\": \"" + KEY + "\""))),
                Arguments.of("key as the status of a 200", json(200, status.replace("Running", KEY))),
                Arguments.of("key as an unknown field of a 200", json(200, status.replace("{\"id\"", "{\"" + KEY + "\": 1, \"id\""))),
                Arguments.of("200 body that is only the key", json(200, KEY)),
                Arguments.of("200 body that starts with the key", json(200, KEY + " {\"id\": 1}")),
                Arguments.of("200 body cut off after the key", json(200, "{\"id\": \"" + KEY)),
                Arguments.of("200 body that is a JSON string of the key", json(200, "\"" + KEY + "\"")),
                Arguments.of("401 with the key in the error", json(401, Payloads.error("Unauthorized", "bad key " + KEY))),
                Arguments.of("400 with the key as the error code", json(400, Payloads.error(KEY, "no"))),
                Arguments.of("404 body that is only the key", json(404, KEY)),
                Arguments.of("429 with the key everywhere", json(429, Payloads.error("RequestRateTooHigh", KEY))
                        .withHeader("Retry-After", KEY).withHeader("X-Echo", KEY)),
                Arguments.of("503 with the key in an inner error", json(503, "{\"error\": {\"code\": \"ServiceUnavailable\","
                        + " \"message\": \"m\", \"innerError\": {\"code\": \"" + KEY + "\", \"message\": \"" + KEY + "\"}}}")),
                Arguments.of("500 body that is the key, 300 times", json(500, (KEY + " ").repeat(300))),
                Arguments.of("key as the status line's reason", json(503, "{}").withStatusMessage(KEY)),
                Arguments.of("502 gateway page with the key", new Answer.GatewayPage(502, new RetryAfterHeader.None())
                        .response(KEY)),
                // The client quotes 200 characters of a page: the key starts 10 before the cut.
                Arguments.of("504 page with the key across the excerpt's end", aResponse().withStatus(504)
                        .withHeader("Content-Type", "text/html").withBody("<html>" + "x".repeat(200 - 6 - 10) + KEY + "</html>")),
                Arguments.of("garbage then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoingAnswers")
    void theKeyIsInNoLogLineMessageOrToString(String name, ResponseDefinitionBuilder answer) {
        for (Operation operation : Operation.values()) {
            fixture.server().serve(answer);
            List<String> seen = new ArrayList<>();
            drive(operation, client(seen), seen);
            assertThat(seen).as("%s, %s", name, operation).noneSatisfy(text -> assertThat(text).contains(KEY));
            // A text cut short must not keep the start of a key it was cut across.
            assertThat(seen).as("%s, %s", name, operation).noneSatisfy(text -> assertThat(text).contains(KEY_START));
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void theLogsDidSeeTheEchoesSoTheScanIsNotVacuous(Operation operation) {
        fixture.server().serve(json(401, Payloads.error("Unauthorized", "bad key " + KEY)).withHeader("X-Echo", KEY));
        List<String> seen = new ArrayList<>();
        drive(operation, client(seen), seen);
        assertThat(seen).anySatisfy(text -> assertThat(text).contains("bad key [redacted]"));
        assertThat(seen).anySatisfy(text -> assertThat(text).containsIgnoringCase("x-echo: [redacted]"));
        assertThat(seen).as("the listener saw the echoes").anySatisfy(text -> assertThat(text)
                .startsWith(LISTENER).contains("bad key [redacted]"));
    }

    @Test
    void aStrictModeValidatorThatQuotesTheBodyDoesNotCarryTheKeyIntoTheException() {
        fixture.server().serve(json(200, Payloads.status(ID, "Running").replace("Running", KEY)));
        DocumentTranslationClient client = fixture.builder().strict(answer -> List.of("status is not one of the seven: "
                + new String(answer.body(), StandardCharsets.UTF_8))).build();

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
                () -> client.getTranslationStatus(ID));

        assertThat(e.violations()).singleElement().asString().contains("status is not one of the seven")
                .doesNotContain(KEY);
        assertThat(texts(e)).noneSatisfy(text -> assertThat(text).contains(KEY));
    }

    static Stream<Arguments> brokenFramingEchoingTheKey() {
        return Stream.of(
                Arguments.of("status line that is not HTTP", new MockResponse.Builder().status(KEY + " 200 OK")),
                Arguments.of("status code that is not a number", new MockResponse.Builder().status("HTTP/1.1 " + KEY + " OK")),
                Arguments.of("header line without a colon", new MockResponse.Builder().code(200).addHeaderLenient(KEY, "")),
                Arguments.of("header name that is the key", new MockResponse.Builder().code(200).addHeaderLenient(KEY + " x", "y")
                        .body(Payloads.status(ID, "Running"))),
                Arguments.of("content length that is the key", new MockResponse.Builder().code(200)
                        .addHeaderLenient("Content-Length", KEY).body("{}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFramingEchoingTheKey")
    void theKeyIsInNoMessageWhenTheFramingItselfQuotesIt(String name, MockResponse.Builder answer) throws Exception {
        // WireMock cannot break HTTP framing at will; MockWebServer writes whatever it is given.
        try (MockWebServer raw = new MockWebServer()) {
            raw.start();
            for (Operation operation : Operation.values()) {
                for (int i = 0; i < 2 * 2 * 2; i++) {
                    raw.enqueue(answer.build());
                }
                List<String> seen = new ArrayList<>();
                drive(operation, verbose(fixture.builder(raw.url("/").toString()), seen).build(), seen);
                assertThat(seen).as("%s, %s", name, operation).noneSatisfy(text -> assertThat(text).contains(KEY));
            }
        }
    }

    /** A client of the echoing server that logs everything and shows every attempt to {@code seen}. */
    private static DocumentTranslationClient client(List<String> seen) {
        return verbose(fixture.builder(), seen).build();
    }

    private static DocumentTranslationClientBuilder verbose(DocumentTranslationClientBuilder builder, List<String> seen) {
        return builder.logLevel(LogLevel.BODY).retryOptions(RetryOptions.defaults().withMaxRetries(1))
                .readTimeout(Duration.ofSeconds(5)).exchangeListener(exchange -> seen.addAll(texts(exchange)));
    }

    /** Everything the exchange listener was shown, as text, each marked as the listener's. */
    static List<String> texts(ObservedExchange exchange) {
        List<String> texts = new ArrayList<>(List.of(exchange.toString(), exchange.url().toString(),
                exchange.requestHeaders().toString(), exchange.responseHeaders().toString(),
                new String(exchange.responseBody(), StandardCharsets.ISO_8859_1)));
        exchange.failure().ifPresent(failure -> texts.addAll(texts(failure)));
        return texts.stream().map(text -> LISTENER + text).toList();
    }

    /** Runs the operation; collects the result's and every exception's text, and every log line. */
    static List<String> drive(Operation operation, DocumentTranslationClient client, List<String> seen) {
        try (LogCapture logs = LogCapture.start()) {
            try {
                Object result = switch (operation) {
                    case CANCEL -> client.cancelTranslationWithResponse(ID);
                    case STATUS -> client.getTranslationStatusWithResponse(ID);
                    case CANCEL_AND_WAIT -> client.cancelTranslationAndWait(ID, Duration.ofSeconds(5));
                };
                seen.add(String.valueOf(result));
            } catch (DocumentTranslationException e) {
                seen.addAll(texts(e));
            }
            seen.add(client.toString());
            seen.addAll(logs.lines());
        }
        return seen;
    }

    /** The message, {@code toString()} and stack-trace-visible text of an exception and all its causes. */
    static List<String> texts(Throwable e) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            texts.add(String.valueOf(t.getLocalizedMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                texts.addAll(texts(suppressed));
            }
        }
        return texts;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}

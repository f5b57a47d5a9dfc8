package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.doctranslation.contract.models.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The exchange listener sees every attempt, raw, without the key, and cannot break a call. */
class ExchangeListenerTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);
    private static final String PATH = "/translator/text/batch/v1.0-preview.1/batches/" + ID;

    private final List<ObservedExchange> seen = new CopyOnWriteArrayList<>();

    @Test
    void everyAttemptIsSeenWithItsRequestAndItsRawAnswer() {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "1");
        enqueue(200, Bodies.status("Cancelling"), "X-Request-Id", "r-2");

        builder().exchangeListener(seen::add).build().cancelTranslation(ID);

        assertThat(seen).hasSize(2);
        assertThat(seen).extracting(ObservedExchange::attempt).containsExactly(0, 1);
        assertThat(seen).extracting(ObservedExchange::statusCode).containsExactly(503, 200);
        assertThat(seen).allSatisfy(exchange -> {
            assertThat(exchange.operationId()).isEqualTo("cancelTranslation");
            assertThat(exchange.method()).isEqualTo("DELETE");
            assertThat(exchange.url().getPath()).isEqualTo(PATH);
            assertThat(exchange.answered()).isTrue();
            assertThat(exchange.failure()).isEmpty();
            assertThat(exchange.requestHeaders()).containsKey("user-agent");
        });
        ObservedExchange last = seen.get(1);
        assertThat(new String(last.responseBody(), StandardCharsets.UTF_8)).isEqualTo(Bodies.status("Cancelling"));
        assertThat(last.responseHeaders().get("x-request-id")).containsExactly("r-2");
    }

    @Test
    void theRequestHeadersNeverHoldTheKey() {
        enqueue(200, Bodies.status("Running"));

        builder().exchangeListener(seen::add).build().getTranslationStatus(ID);

        assertThat(seen).singleElement().satisfies(exchange -> {
            assertThat(exchange.requestHeaders()).doesNotContainKey("Ocp-Apim-Subscription-Key");
            assertThat(exchange.requestHeaders().values()).allSatisfy(values -> assertThat(values)
                    .noneSatisfy(value -> assertThat(value).contains(KEY)));
            assertThat(exchange.url().toString()).doesNotContain(KEY);
        });
    }

    @Test
    void aKeyEchoedByTheServerIsRedactedInTheAnswerTheListenerSees() {
        enqueue(401, Bodies.error("Unauthorized", "bad key " + KEY), "X-Echo", "key=" + KEY);

        catchThrowableOfType(UnauthorizedException.class,
                () -> builder().exchangeListener(seen::add).build().getTranslationStatus(ID));

        ObservedExchange exchange = seen.get(0);
        assertThat(new String(exchange.responseBody(), StandardCharsets.UTF_8))
                .doesNotContain(KEY).contains("bad key [redacted]");
        assertThat(exchange.responseHeaders().get("X-Echo")).containsExactly("key=[redacted]");
        assertThat(exchange.toString()).doesNotContain(KEY);
    }

    @Test
    void aBodyThatIsNotUtf8ArrivesByteForByte() {
        byte[] body = {(byte) 0xff, (byte) 0xfe, '{', (byte) 0x80, '}'};
        server.enqueue(new MockResponse.Builder().code(500).body(new Buffer().write(body)).build());

        catchThrowableOfType(ServiceException.class, () -> builder().retryOptions(RetryOptions.none())
                .exchangeListener(seen::add).build().getTranslationStatus(ID));

        assertThat(seen).singleElement().satisfies(exchange -> assertThat(exchange.responseBody()).isEqualTo(body));
    }

    @Test
    void aTransportFailureIsSeenAsAnAttemptWithoutAnAnswer() {
        DocumentTranslationClient client = DocumentTranslationClient.builder().endpoint("http://127.0.0.1:1")
                .subscriptionKey(KEY).retryOptions(RetryOptions.defaults().withMaxRetries(1))
                .clock(time).sleeper(time).exchangeListener(seen::add).build();

        ConnectionFailedException e = catchThrowableOfType(ConnectionFailedException.class,
                () -> client.getTranslationStatus(ID));

        assertThat(seen).hasSize(2).allSatisfy(exchange -> {
            assertThat(exchange.answered()).isFalse();
            assertThat(exchange.statusCode()).isZero();
            assertThat(exchange.responseBody()).isEmpty();
            assertThat(exchange.method()).isEqualTo("GET");
            assertThat(exchange.url().getPath()).isEqualTo(PATH);
            assertThat(exchange.failure()).containsInstanceOf(ConnectionFailedException.class);
        });
        assertThat(seen.get(1).failure()).containsSame(e);
    }

    @Test
    void theListenerSeesAnAnswerBeforeStrictModeRejectsIt() {
        enqueue(200, Bodies.status("Cancelling"));

        catchThrowableOfType(InvalidResponseException.class, () -> builder().exchangeListener(seen::add)
                .strict(response -> List.of("rejected")).build().cancelTranslation(ID));

        assertThat(seen).singleElement().extracting(ObservedExchange::statusCode).isEqualTo(200);
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheCallAndIsLogged() {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "0");
        enqueue(200, Bodies.status("Cancelling"));
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ExchangeListener.class);
        logs.start();
        logger.addAppender(logs);
        try {
            DocumentTranslationClient client = builder().exchangeListener(exchange -> {
                seen.add(exchange);
                throw new IllegalStateException("listener bug");
            }).build();

            assertThat(client.cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(seen).as("told of every attempt despite throwing").hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(logs.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("listener bug", "which is ignored");
        });
    }

    @Test
    void keyBytesAreReplacedWhereverTheyStandAndOtherBytesAreLeftAlone() {
        byte[] key = "k3y".getBytes(StandardCharsets.UTF_8);
        byte[] mark = "[x]".getBytes(StandardCharsets.UTF_8);

        assertThat(ExchangeNotifier.replace("k3yak3yk3".getBytes(StandardCharsets.UTF_8), key, mark))
                .isEqualTo("[x]a[x]k3".getBytes(StandardCharsets.UTF_8));
        byte[] untouched = {(byte) 0xff, 'k', '3'};
        assertThat(ExchangeNotifier.replace(untouched, key, mark)).isSameAs(untouched);
    }
}

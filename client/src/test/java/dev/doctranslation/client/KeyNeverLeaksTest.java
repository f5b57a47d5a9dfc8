package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** At the most verbose log level, through errors and failures, the key shows up nowhere. */
class KeyNeverLeaksTest extends ClientTestBase {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    /** The transport's library, whose DEBUG logs would show every header and byte sent. */
    private final Logger httpClient = (Logger) LoggerFactory.getLogger("org.apache.hc");
    private final Level httpClientLevel = httpClient.getLevel();

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        httpClient.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        root.setLevel(Level.INFO);
        httpClient.setLevel(httpClientLevel);
    }

    @Test
    void theKeyIsInNoLogLineExceptionMessageOrToString() {
        List<String> seen = new ArrayList<>();
        DocumentTranslationClient client = builder().logLevel(LogLevel.BODY).build();
        UUID id = UUID.fromString(Bodies.ID);
        enqueue(200, Bodies.status("Cancelling"));
        enqueue(401, Bodies.error("Unauthorized", "bad key"));
        enqueue(400, "{\"echo\": \"" + KEY + "\"}");
        enqueue(404, Bodies.error("ResourceNotFound", "key was " + KEY));
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

        seen.add(client.cancelTranslation(id).toString());
        for (int i = 0; i < 4; i++) {
            try {
                client.cancelTranslation(id);
            } catch (DocumentTranslationException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    seen.add(t.toString());
                }
            }
        }
        seen.add(client.toString());
        logs.list.forEach(event -> seen.add(event.getFormattedMessage()));

        assertThat(logs.list).as("log lines at BODY level").hasSizeGreaterThan(10);
        assertThat(seen).as("the logger saw the request headers")
                .anySatisfy(line -> assertThat(line).containsIgnoringCase("User-Agent"));
        assertThat(seen).noneSatisfy(line -> assertThat(line).contains(KEY));
    }

    @Test
    void aKeyNoHeaderCanCarryIsRefusedWithoutBeingQuotedAndNothingIsSent() {
        String badKey = "line-one-secret\r\nX-Injected: yes";
        assertThatThrownBy(() -> builder().subscriptionKey(badKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+000D at index 15")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));

        DocumentTranslationClient rotating = builder().subscriptionKey(() -> badKey).build();
        assertThatThrownBy(() -> rotating.getTranslationStatus(UUID.fromString(Bodies.ID)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the subscription key has a character an HTTP header cannot carry")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        assertThat(server.getRequestCount()).isZero();
    }
}

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pact's requests: the first answer is the one judged, and the key goes only where the pact says. */
class PactHttpTest {
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String root;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/throttled", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
            }
        });
        server.createContext("/moved", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                exchange.getResponseHeaders().add("Location", "/elsewhere");
                exchange.sendResponseHeaders(302, -1);
            }
        });
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aThrottledAnswerIsNotRetried() throws IOException {
        try (CloseableHttpClient http = PactHttp.noRetries()) {
            int status = http.execute(new HttpDelete(root + "/throttled"), response -> response.getCode());

            assertThat(status).isEqualTo(429);
            assertThat(requests).hasValue(1);
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws IOException {
        try (CloseableHttpClient http = PactHttp.noRetries()) {
            int status = http.execute(new HttpGet(root + "/moved"), response -> response.getCode());

            assertThat(status).isEqualTo(302);
            assertThat(requests).hasValue(1);
        }
    }

    @Test
    void onlyThePlaceholderIsReplacedByTheKey() {
        KeyPlaceholderFilter filter = new KeyPlaceholderFilter("the-real-key");
        HttpRequest placeholder = new HttpGet(root);
        placeholder.setHeader(KeyPlaceholderFilter.HEADER, KeyPlaceholderFilter.PLACEHOLDER);
        HttpRequest wrong = new HttpGet(root);
        wrong.setHeader(KeyPlaceholderFilter.HEADER, "wrong-key-for-contract-tests");
        HttpRequest none = new HttpGet(root);

        filter.accept(placeholder);
        filter.accept(wrong);
        filter.accept(none);

        assertThat(placeholder.getFirstHeader(KeyPlaceholderFilter.HEADER).getValue()).isEqualTo("the-real-key");
        assertThat(wrong.getFirstHeader(KeyPlaceholderFilter.HEADER).getValue()).isEqualTo("wrong-key-for-contract-tests");
        assertThat(none.containsHeader(KeyPlaceholderFilter.HEADER)).isFalse();
        assertThat(filter.toString()).doesNotContain("the-real-key");
    }
}

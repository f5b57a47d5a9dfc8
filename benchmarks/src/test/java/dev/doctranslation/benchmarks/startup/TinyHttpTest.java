package dev.doctranslation.benchmarks.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.doctranslation.benchmarks.StubStatusServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TinyHttpTest {
    @Test
    void readsContentLengthAnswersOneAfterTheOtherOnOneConnection() throws Exception {
        try (StubStatusServer stub = StubStatusServer.start();
                TinyHttp http = new TinyHttp(stub.operationUrl(), "Ocp-Apim-Subscription-Key", "k")) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.get()).isEqualTo(200);
            }
        }
    }

    @Test
    void readsChunkedAnswersAndSendsTheKeyHeader() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<String> key = new AtomicReference<>();
        server.createContext("/", exchange -> {
            key.set(exchange.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key"));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"a\":".getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.write("1}".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            try (TinyHttp http = new TinyHttp(base.resolve("/x"), "Ocp-Apim-Subscription-Key", "the-key")) {
                assertThat(http.get()).isEqualTo(200);
                assertThat(http.get()).isEqualTo(200);
            }
            assertThat(key.get()).isEqualTo("the-key");
            try (TinyHttp http = new TinyHttp(base.resolve("/missing"), "Ocp-Apim-Subscription-Key", "the-key")) {
                assertThat(http.get()).isEqualTo(404);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void coldLoadOpensANewConnectionWhenTheServerClosesOne() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", exchange -> {
            if (answered.incrementAndGet() % 3 == 0) {
                exchange.getResponseHeaders().add("Connection", "close"); // as Grizzly after 256 requests
            }
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        try {
            ColdLoad.Result result = ColdLoad.run(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x"),
                    "Ocp-Apim-Subscription-Key", "k", 1, 3); // 3 s: a loaded machine answers a cold JVM slowly
            assertThat(result.ok()).isGreaterThan(3);
            assertThat(result.unexpected()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void coldLoadCountsEveryAnswerAndTellsWrongOnesApart() throws Exception {
        try (StubStatusServer stub = StubStatusServer.start()) {
            ColdLoad.Result ok = ColdLoad.run(stub.operationUrl(), "Ocp-Apim-Subscription-Key", "k", 2, 1);
            assertThat(ok.ok()).isPositive();
            assertThat(ok.unexpected()).isZero();

            ColdLoad.Result refused = ColdLoad.run(stub.endpoint().resolve("/elsewhere"), "Ocp-Apim-Subscription-Key", "k", 1, 3); // 3 s: a loaded machine answers a cold JVM slowly
            assertThat(refused.ok()).isZero();
            assertThat(refused.unexpected()).isPositive();
        }
    }
}

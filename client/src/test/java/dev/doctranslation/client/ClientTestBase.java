package dev.doctranslation.client;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

/** A real local HTTP server per test, and a client pointed at it that sleeps on fake time. */
abstract class ClientTestBase {
    static final String KEY = "test-key-3f9d2c71b8e04a56";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final FakeTime time = new FakeTime();

    DocumentTranslationClientBuilder builder() {
        return DocumentTranslationClient.builder()
                .endpoint(server.url("/").toString())
                .subscriptionKey(KEY)
                .clock(time)
                .sleeper(time);
    }

    DocumentTranslationClient client() {
        return builder().build();
    }

    void enqueue(int code, String body, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(code)
                .addHeader("Content-Type", "application/json").body(body);
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(response.build());
    }
}

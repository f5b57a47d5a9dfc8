package dev.doctranslation.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StubStatusServerTest {
    @Test
    void answersGetAndDeleteWithThePageBody() throws Exception {
        try (StubStatusServer server = StubStatusServer.start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String method : new String[] {"GET", "DELETE"}) {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(server.operationUrl())
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
                assertThat(answer.body()).isEqualTo(PageBody.bytes());
            }
        }
    }

    @Test
    void refusesOtherMethods() throws Exception {
        try (StubStatusServer server = StubStatusServer.start()) {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.operationUrl())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(405);
        }
    }
}

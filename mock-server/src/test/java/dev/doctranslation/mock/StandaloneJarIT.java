package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, as users run it: {@code java -jar target/doctranslation-mock-server.jar}. Run by
 * failsafe after packaging; catches what shading breaks (service files, the manifest).
 */
class StandaloneJarIT {

    private static final Path JAR = Path.of("target", "doctranslation-mock-server.jar");

    @Test
    void theShadedJarServesTheContractAndStopsOnCtrlC() throws Exception {
        assertThat(JAR).exists();
        String key = "0123456789abcdef0123456789abcdef";
        try (StandaloneProcess mock =
                StandaloneProcess.start(
                        List.of("-jar", JAR.toString()), Map.of(MockCommand.DEFAULT_KEY_ENV, key))) {
            URI states = URI.create(mock.baseUrl()).resolve(MockServer.STATES_PATH);
            HttpResponse<String> arranged =
                    send(
                            HttpRequest.newBuilder(states)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}"))
                                    .build());
            String id = Bodies.read(arranged).path("id").asText();
            HttpResponse<String> cancel =
                    send(
                            HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/batches/" + id))
                                    .header(MockHttp.KEY_HEADER, key)
                                    .DELETE()
                                    .build());
            HttpResponse<String> unknownPath =
                    send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/nope")).GET().build());
            mock.awaitLine("/nope 404", Duration.ofSeconds(5));
            int exit = mock.interrupt();

            assertThat(arranged.statusCode()).isEqualTo(200);
            assertThat(cancel.statusCode()).isEqualTo(200);
            assertThat(Bodies.status(cancel)).isEqualTo("Cancelling");
            assertThat(unknownPath.statusCode()).isEqualTo(404);
            assertThat(mock.output()).doesNotContain(key).doesNotContain("Exception").contains("stopped");
            assertThat(exit).isIn(0, 130);
            assertThat(Files.size(JAR)).isLessThan(20L * 1024 * 1024);
        }
    }

    /**
     * --tls from the shaded jar: the certificate is made with the Bouncy Castle classes shaded in
     * (their jar signatures stripped, which is harmless as they are never a security provider), and
     * the 2024-05-01 route answers over https to a client that trusts the printed PEM.
     */
    @Test
    void theShadedJarServesHttpsWithItsOwnCertificate(@TempDir Path folder) throws Exception {
        String key = "0123456789abcdef0123456789abcdef";
        Path pem = folder.resolve("mock.pem");
        try (StandaloneProcess mock = StandaloneProcess.start(List.of("-jar", JAR.toString()),
                Map.of(MockCommand.DEFAULT_KEY_ENV, key), "--tls-cert-out", pem.toString(), "--demo-operations", "1")) {
            URI base = URI.create(mock.baseUrl());
            URI operation = ServiceVersion.V2024_05_01.operationUri(
                    base.resolve(ServiceVersion.V2024_05_01.apiPath()), mock.liveOperation());
            HttpResponse<String> status = HttpClient.newBuilder().sslContext(TlsTest.trusting(pem)).build()
                    .send(HttpRequest.newBuilder(operation).header(MockHttp.KEY_HEADER, key).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            int exit = mock.interrupt();

            assertThat(base.getScheme()).isEqualTo("https");
            assertThat(status.statusCode()).isEqualTo(200);
            ContractCheck.assertConforms("GET", operation, status);
            assertThat(mock.output()).doesNotContain(key).doesNotContain("Exception");
            assertThat(exit).isIn(0, 130);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response =
                MockHttp.sendUnchecked(HttpRequest.newBuilder(request, (n, v) -> true).timeout(Duration.ofSeconds(10)).build());
        ContractCheck.assertConforms(request.method(), request.uri(), response);
        return response;
    }
}

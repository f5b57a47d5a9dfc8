package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone entry point, run as a process from the test classpath (the shaded jar gets the
 * same checks in StandaloneJarIT, after packaging).
 */
class MainProcessTest {

    /** The test classpath's simplelogger.properties quiets the request log; here it is checked. */
    private static final List<String> JAVA =
            List.of(
                    "-Dorg.slf4j.simpleLogger.log.dev.doctranslation.mock.requests=info",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName());

    @Test
    void printsTheBaseUrlAndAGeneratedKeyOnceLogsEachRequestAndStopsOnCtrlC() throws Exception {
        try (StandaloneProcess mock =
                StandaloneProcess.start(JAVA, Map.of(), "--demo-operations", "1", "--pace-ms", "100")) {
            String key = mock.generatedKey();
            String operation = mock.baseUrl() + "/batches/" + mock.liveOperation();

            HttpResponse<String> ok = get(operation, key);
            HttpResponse<String> denied = get(operation, "wrong");
            mock.awaitLine(" 401 ", Duration.ofSeconds(5));
            int exit = mock.interrupt();

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(denied.statusCode()).isEqualTo(401);
            assertThat(mock.output().split(key, -1)).as("the key is printed exactly once").hasSize(2);
            assertThat(mock.lines()).anyMatch(line -> line.matches("  Provider states: http://127\\.0\\.0\\.1:\\d+/_states \\(no key needed\\)"));
            assertThat(mock.lines())
                    .anyMatch(line -> line.matches(".*GET /translator/text/batch/v1\\.0-preview\\.1/batches/[0-9a-f-]{36} 200 \\d+ ms$"))
                    .anyMatch(line -> line.matches(".*GET /translator/text/batch/v1\\.0-preview\\.1/batches/[0-9a-f-]{36} 401 \\d+ ms$"))
                    .anyMatch(line -> line.contains("stopped"));
            assertThat(mock.output()).doesNotContain("Exception");
            assertThat(exit).as("exit code after SIGINT").isIn(0, 130);
        }
    }

    @Test
    void noRequestLogPrintsNoLinePerRequest() throws Exception {
        try (StandaloneProcess mock = StandaloneProcess.start(JAVA, Map.of(), "--no-request-log")) {
            String operation = mock.baseUrl() + "/batches/" + mock.liveOperation();

            HttpResponse<String> ok = get(operation, mock.generatedKey());
            HttpResponse<String> denied = get(operation, "wrong");
            int exit = mock.interrupt();

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(denied.statusCode()).isEqualTo(401);
            assertThat(mock.lines())
                    .noneMatch(line -> line.contains("/batches/"))
                    .anyMatch(line -> line.contains("stopped"));
            assertThat(exit).isIn(0, 130);
        }
    }

    @Test
    void theLastRequestsLineIsNotLostAtCtrlC() throws Exception {
        try (StandaloneProcess mock = StandaloneProcess.start(JAVA, Map.of())) {
            HttpResponse<String> ok = get(mock.baseUrl() + "/batches/" + mock.liveOperation(), mock.generatedKey());
            mock.interrupt();   // at once: the line may still wait in the log's buffer

            List<String> lines = mock.lines();
            int logged = indexOf(lines, ".* INFO requests - GET /\\S+ 200 \\d+ ms$");
            int stopped = indexOf(lines, ".*mock stopped\\.$");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(logged).as("the request's line, in:%n%s", mock.output()).isNotNegative();
            assertThat(stopped).as("written before the stop message").isGreaterThan(logged);
        }
    }

    private static int indexOf(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void takesTheKeyFromTheNamedEnvironmentVariableAndNeverPrintsIt() throws Exception {
        String key = "key-from-the-environment-0123456789";
        try (StandaloneProcess mock =
                StandaloneProcess.start(
                        JAVA, Map.of("MY_TRANSLATOR_KEY", key), "--key-env", "MY_TRANSLATOR_KEY")) {
            HttpResponse<String> ok = get(mock.baseUrl() + "/batches/" + mock.liveOperation(), key);
            mock.interrupt();

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(mock.output()).doesNotContain(key).contains("MY_TRANSLATOR_KEY");
        }
    }

    /**
     * Bound to every address, the start-up line says the provider states need the key or the admin
     * token, which comes from the environment and is never printed. The mock is reached through
     * loopback only.
     */
    @Test
    void beyondLoopbackTheProviderStatesNeedTheKeyOrTheAdminTokenAndTheStartUpLineSaysSo() throws Exception {
        String token = "admin-token-from-the-environment-42";
        try (StandaloneProcess mock = StandaloneProcess.start(JAVA, Map.of(MockCommand.DEFAULT_ADMIN_TOKEN_ENV, token),
                "--host", "0.0.0.0", "--demo-operations", "0", "--no-request-log")) {
            URI states = URI.create("http://127.0.0.1:" + URI.create(mock.baseUrl()).getPort() + MockServer.STATES_PATH);
            HttpResponse<String> refused = MockHttp.sendUnchecked(HttpRequest.newBuilder(states).GET().build());
            HttpResponse<String> admitted = MockHttp.sendUnchecked(
                    HttpRequest.newBuilder(states).header("Authorization", "Bearer " + token).GET().build());
            mock.interrupt();

            assertThat(mock.lines()).anyMatch(line -> line.endsWith(
                    "/_states (needs the key, or the admin token from $DOCUMENT_TRANSLATION_ADMIN_TOKEN as 'Authorization: Bearer')"));
            assertThat(mock.output()).doesNotContain(token);
            assertThat(refused.statusCode()).isEqualTo(401);
            ContractCheck.assertConforms("GET", states, refused);
            assertThat(admitted.statusCode()).isEqualTo(200);
        }
    }

    /**
     * With --tls, every version's base URL is printed as https, with the certificate's PEM file;
     * a client that trusts that file calls 2024-05-01 with the bearer token from the environment,
     * which is never printed.
     */
    @Test
    void withTlsEveryVersionsBaseUrlIsHttpsAndTheCertificateAndTheBearerTokensSourceArePrinted(@TempDir Path folder)
            throws Exception {
        String token = "bearer-token-from-the-environment-7";
        Path pem = folder.resolve("mock.pem");
        try (StandaloneProcess mock = StandaloneProcess.start(JAVA, Map.of(MockCommand.DEFAULT_BEARER_TOKEN_ENV, token),
                "--tls-cert-out", pem.toString(), "--demo-operations", "1", "--no-request-log")) {
            int port = URI.create(mock.baseUrl()).getPort();
            HttpClient client = HttpClient.newBuilder().sslContext(TlsTest.trusting(pem)).build();
            URI operation = ServiceVersion.V2024_05_01.operationUri(
                    URI.create("https://127.0.0.1:" + port + "/translator/document"), mock.liveOperation());
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(operation)
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            mock.interrupt();

            assertThat(mock.baseUrl()).startsWith("https://127.0.0.1:" + port + "/translator/text/batch/v1.0-preview.1");
            assertThat(mock.lines())
                    .contains("  Base URL v1.0: https://127.0.0.1:" + port + "/translator/text/batch/v1.0")
                    .contains("  Base URL v1.1: https://127.0.0.1:" + port + "/translator/text/batch/v1.1")
                    .contains("  Base URL 2024-05-01: https://127.0.0.1:" + port
                            + "/translator/document (every request adds ?api-version=2024-05-01)")
                    .contains("  TLS certificate: " + pem.toAbsolutePath()
                            + " (self-signed, made at start: trust this PEM to call https)")
                    .contains("  Bearer token (2024-05-01): from $" + MockCommand.DEFAULT_BEARER_TOKEN_ENV);
            assertThat(ok.statusCode()).isEqualTo(200);
            ContractCheck.assertConforms("GET", operation, ok);
            assertThat(mock.output()).doesNotContain(token);
            assertThat(pem).as("a PEM written where asked stays").exists();
        }
    }

    static HttpResponse<String> get(String url, String key) {
        URI uri = URI.create(url);
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .header(MockHttp.KEY_HEADER, key)
                        .GET()
                        .build();
        HttpResponse<String> response = MockHttp.sendUnchecked(request);
        ContractCheck.assertConforms("GET", uri, response);
        return response;
    }
}

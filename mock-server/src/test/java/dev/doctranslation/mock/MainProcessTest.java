package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

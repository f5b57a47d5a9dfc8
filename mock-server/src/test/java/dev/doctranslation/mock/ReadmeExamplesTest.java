package dev.doctranslation.mock;

import dev.doctranslation.contract.testing.ReadmeSnippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.junit.ArrangedOperation;
import dev.doctranslation.mock.junit.MockServerExtension;
import dev.doctranslation.mock.junit.MockServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The README's five examples, compiled and run against a real mock, and kept identical to it. */
class ReadmeExamplesTest {

    private static final Path SOURCE = Path.of("src/test/java/dev/doctranslation/mock/ReadmeExamplesTest.java");

    private final MutableClock myClock = MutableClock.at("2026-01-05T10:00:00Z");
    /** The token the README's reader brings, from wherever they keep secrets. */
    private final String adminToken = "readme-admin-token-" + UUID.randomUUID();

    @Test
    void inProcess() {
        // snippet:in-process:begin
        try (MockServer mock = MockServer.builder().clock(myClock).start()) {   // free loopback port
            UUID running = mock.operations().arrange("Running");                  // stands still until cancelled
            UUID live = mock.operations().submit(10);                             // moves at the configured pace
            URI baseUrl = mock.baseUrl();   // http://127.0.0.1:<port>/translator/text/batch/v1.0-preview.1
            String key = mock.key();        // for Ocp-Apim-Subscription-Key
            mock.faults().throttleNext(2, 5);                                     // next 2 API requests: 429, Retry-After: 5
            callTheMock(baseUrl, key, running, live);                             // your client's calls go here
        }
        // snippet:in-process:end
    }

    /** The calls the README leaves to the reader's client: here, each checks one of its comments. */
    private void callTheMock(URI baseUrl, String key, UUID running, UUID live) {
        assertThat(baseUrl.toString())
                .matches("http://127\\.0\\.0\\.1:[1-9][0-9]*/translator/text/batch/v1\\.0-preview\\.1");

        // The faults apply after the key check: a wrong key would get 401, not 429.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> throttled = send("GET", baseUrl, key, running);
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).hasValue("5");
        }

        String runningAtStart = send("GET", baseUrl, key, running).body();
        // A live operation's first documents start one pace step (default 1 s) after submission.
        assertThat(Bodies.status(send("GET", baseUrl, key, live))).isEqualTo("NotStarted");

        myClock.advance(Duration.ofSeconds(2)); // the first two documents (two run at a time) are done
        assertThat(send("GET", baseUrl, key, running).body()).isEqualTo(runningAtStart);
        HttpResponse<String> moved = send("GET", baseUrl, key, live);
        assertThat(Bodies.status(moved)).isEqualTo("Running");
        assertThat(Bodies.summary(moved).path("success").asInt()).isEqualTo(2);

        HttpResponse<String> cancelled = send("DELETE", baseUrl, key, running);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(Bodies.status(cancelled)).isEqualTo("Cancelling");
    }

    /**
     * The README's mock bound to every address: reached here through loopback only, as every test
     * of this module reaches it, and refused all the same, because it listens beyond loopback.
     */
    @Test
    void beyondLoopback() {
        // snippet:beyond-loopback:begin
        try (MockServer mock = MockServer.builder()
            .host("0.0.0.0")                              // every address: /_states now needs a credential
            .adminToken(adminToken)                       // besides the key, as Authorization: Bearer <token>
            .headerReadTimeout(Duration.ofSeconds(5))     // a head still unfinished after 5 s: 408, closed
            .start()) {
          arrangeFromTheHarness(mock.port(), mock.key(), adminToken);   // your harness's calls go here
        }
        // snippet:beyond-loopback:end
    }

    /** The harness's calls the README leaves to the reader: each credential, and none. */
    private static void arrangeFromTheHarness(int port, String key, String adminToken) {
        URI states = URI.create("http://127.0.0.1:" + port + MockServer.STATES_PATH);
        String body = "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}";
        HttpRequest.Builder post = HttpRequest.newBuilder(states).timeout(MockHttp.TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> none = MockHttp.sendUnchecked(post.copy().build());
        HttpResponse<String> withKey = MockHttp.sendUnchecked(post.copy().header(MockHttp.KEY_HEADER, key).build());
        HttpResponse<String> withToken =
                MockHttp.sendUnchecked(post.copy().header("Authorization", "Bearer " + adminToken).build());

        assertThat(none.statusCode()).isEqualTo(401);
        ContractCheck.assertConforms("POST", states, none);
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    /** One request, its answer judged by the validator as every answer in this module's tests. */
    private static HttpResponse<String> send(String method, URI baseUrl, String key, UUID id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/batches/" + id))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(MockHttp.KEY_HEADER, key)
                .timeout(MockHttp.TIMEOUT)
                .build();
        HttpResponse<String> response = MockHttp.sendUnchecked(request);
        ContractCheck.assertConforms(method, request.uri(), response);
        return response;
    }

    /** The token the README's reader configures for 2024-05-01's bearer authentication. */
    private final String myToken = "readme-bearer-token-" + UUID.randomUUID();

    @Test
    void everyVersion() throws Exception {
        // snippet:versions:begin
        try (MockServer mock = MockServer.builder()
            .bearerToken(myToken)                        // 2024-05-01 also takes Authorization: Bearer <myToken>
            .tls(true)                                   // https, with a self-signed certificate made now
            .start()) {
          UUID id = mock.operations().arrange("Running");                 // one store: seen through every route
          URI v1 = mock.apiBase(ServiceVersion.V1_1);  // https://127.0.0.1:<port>/translator/text/batch/v1.1
          URI latest = ServiceVersion.V2024_05_01.operationUri(mock.apiBase(ServiceVersion.V2024_05_01), id.toString());
          // https://127.0.0.1:<port>/translator/document/batches/<id>?api-version=2024-05-01
          Path pem = mock.tlsCertificate().orElseThrow();                 // trust this PEM in your client
          callEveryVersion(v1, latest, id, pem, mock.key(), myToken);      // your client's calls go here
        }
        // snippet:versions:end
    }

    /** The calls the README leaves to the reader: one operation through two versions, over https. */
    private static void callEveryVersion(URI v1, URI latest, UUID id, Path pem, String key, String token) throws Exception {
        assertThat(v1.toString()).matches("https://127\\.0\\.0\\.1:[1-9][0-9]*/translator/text/batch/v1\\.1");
        assertThat(latest.toString()).matches(
                "https://127\\.0\\.0\\.1:[1-9][0-9]*/translator/document/batches/" + id + "\\?api-version=2024-05-01");
        HttpClient client = HttpClient.newBuilder().sslContext(TlsTest.trusting(pem)).build();

        HttpResponse<String> viaV1 = client.send(HttpRequest.newBuilder(URI.create(v1 + "/batches/" + id))
                .header(MockHttp.KEY_HEADER, key).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> cancel = client.send(HttpRequest.newBuilder(latest)
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(latest)
                .header(MockHttp.KEY_HEADER, key).DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(Bodies.status(viaV1)).isEqualTo("Running");
        assertThat(Bodies.status(cancel)).isEqualTo("Cancelling");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.headers().firstValue("x-ms-error-code")).hasValue("InvalidRequest");
        for (HttpResponse<String> answer : List.of(viaV1, cancel, again)) {
            ContractCheck.assertConforms(answer.request().method(), answer.request().uri(), answer);
        }
    }

    @Test
    void theExtensionExamplePasses() {
        assertPasses(ExtensionExample.MyClientTest.class);
    }

    /** Runs an example test class with JUnit's test kit; the example's own failure says what broke. */
    private static void assertPasses(Class<?> example) {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(example))
                .execute()
                .testEvents();

        assertThat(events.failed().stream()
                        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()))
                .isEmpty();
        events.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    /**
     * Holds the README's extension example. A class declared in an interface is implicitly static,
     * so JUnit can run it while it reads exactly like the README's top-level class; its binary name
     * has a '$', which Surefire's default excludes skip, so only the test kit above runs it.
     */
    interface ExtensionExample {
        // snippet:extension:begin
        @MockServerTest
        class MyClientTest {
            @Test
            void cancels(MockServer mock, @ArrangedOperation(status = "Running", total = 10) UUID id) throws Exception {
                // point your client at mock.baseUrl() with mock.key(); here, the JDK's HttpClient
                HttpRequest cancel = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/batches/" + id))
                        .header("Ocp-Apim-Subscription-Key", mock.key())
                        .DELETE()
                        .build();
                HttpResponse<String> answer = HttpClient.newHttpClient().send(cancel, HttpResponse.BodyHandlers.ofString());
                // DELETE .../batches/{id} of a running operation answers 200 Cancelling
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"status\":\"Cancelling\"");
            }
        }
        // snippet:extension:end
    }

    @Test
    void theProgrammaticExtensionExamplePasses() {
        assertPasses(ProgrammaticExtensionExample.MyClientTest.class);
    }

    /** Holds the README's programmatic extension example, as {@link ExtensionExample} does. */
    interface ProgrammaticExtensionExample {
        /** The clock the README's reader brings: any java.time.Clock their test can move. */
        MutableClock myClock = MutableClock.at("2026-01-05T10:00:00Z");

        // snippet:extension-programmatic:begin
        class MyClientTest {
            @RegisterExtension
            static MockServerExtension mock = MockServerExtension.builder()
                    .clock(myClock)                    // a java.time.Clock the test moves
                    .pace(Duration.ofSeconds(10))      // each document of a live operation takes 10 s
                    .key("my-test-key")
                    .build();

            @Test
            void seesALiveOperationMove() {
                UUID id = mock.operations().submit(4);       // its first two documents start one pace step later
                myClock.advance(Duration.ofSeconds(15));
                assertThat(mock.operations().status(id)).hasValue("Running");
                // point your client at mock.baseUrl() with mock.key()
            }
        }
        // snippet:extension-programmatic:end
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "extension", "extension-programmatic", "beyond-loopback", "versions"})
    void readmeShowsExactlyTheCodeThisTestRuns(String snippet) {
        ReadmeSnippets.assertSame(snippet, Path.of("README.md"), SOURCE);
    }
}

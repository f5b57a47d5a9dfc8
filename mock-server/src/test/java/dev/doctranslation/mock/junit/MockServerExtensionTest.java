package dev.doctranslation.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.doctranslation.mock.ContractCheck;
import dev.doctranslation.mock.MockServer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension as a user meets it, and its lifecycle as JUnit runs it. */
@MockServerTest(key = "extension-test-key")
class MockServerExtensionTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void aTestGetsARunningMockAndAnArrangedOperation(
            MockServer mock, @ArrangedOperation(status = "Running", total = 5) UUID id) throws Exception {
        HttpResponse<String> response = get(mock, id.toString());
        ContractCheck.assertConforms("GET", response.uri(), response);

        assertThat(mock.key()).isEqualTo("extension-test-key");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"Running\"").contains("\"total\":5");
    }

    @Test
    void anArrangedOperationMayBeInjectedAsAString(
            MockServer mock, @ArrangedOperation(status = "Succeeded") String id) throws Exception {
        assertThat(mock.operations().status(UUID.fromString(id))).hasValue("Succeeded");
    }

    @Nested
    class WhenNested {
        @Test
        void aNestedClassSharesTheOuterMock(MockServer mock) {
            assertThat(mock.key()).isEqualTo("extension-test-key");
        }
    }

    @Test
    void eachTestStartsWithNoOperationsAndTheMockStopsAfterTheClass() {
        Sample.ids.clear();
        Sample.servers.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Sample.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Sample.servers).hasSize(2);
        assertThat(Sample.servers.get(0)).isSameAs(Sample.servers.get(1));
        assertThat(Sample.servers.get(0).operations().status(Sample.ids.get(0)))
                .as("reset before the second test")
                .isEmpty();
        assertThat(connectionRefused(Sample.servers.get(0))).as("stopped after the class").isTrue();
    }

    private static HttpResponse<String> get(MockServer mock, String id) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/batches/" + id))
                        .header("Ocp-Apim-Subscription-Key", mock.key())
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean connectionRefused(MockServer mock) {
        try {
            get(mock, UUID.randomUUID().toString());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (Exception e) {
            return e.getCause() instanceof ConnectException;
        }
    }

    /** Run by the test kit above, never by surefire on its own (a nested class). */
    @MockServerTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Sample {
        static final List<UUID> ids = new ArrayList<>();
        static final List<MockServer> servers = new ArrayList<>();

        @Test
        @Order(1)
        void first(MockServer mock, @ArrangedOperation(status = "Running") UUID id) {
            servers.add(mock);
            ids.add(id);
        }

        @Test
        @Order(2)
        void second(MockServer mock) {
            servers.add(mock);
        }
    }
}

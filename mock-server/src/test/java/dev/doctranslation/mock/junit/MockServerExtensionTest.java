package dev.doctranslation.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.doctranslation.mock.ContractCheck;
import dev.doctranslation.mock.MockServer;
import dev.doctranslation.mock.MutableClock;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension as a user meets it, in both its forms, and its lifecycle as JUnit runs it. */
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

    @Test
    void theProgrammaticFormInAStaticFieldServesTheClassAndItsNestedClassWithItsSettings() {
        StaticSample.servers.clear();
        StaticSample.ids.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(StaticSample.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(StaticSample.servers).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(StaticSample.servers.get(0)));
        assertThat(StaticSample.servers.get(0).operations().status(StaticSample.ids.get(0)))
                .as("reset before the second test")
                .isEmpty();
        assertThat(connectionRefused(StaticSample.servers.get(0))).as("stopped after the class").isTrue();
    }

    @Test
    void theProgrammaticFormInAnInstanceFieldGivesEachTestItsOwnMock() {
        PerTestSample.servers.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(PerTestSample.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(PerTestSample.servers).hasSize(2);
        assertThat(PerTestSample.servers.get(0)).isNotSameAs(PerTestSample.servers.get(1));
        assertThat(PerTestSample.servers).allSatisfy(s -> assertThat(connectionRefused(s)).as("stopped after its test").isTrue());
    }

    @Test
    void beforeJUnitStartsItTheProgrammaticFormSaysHowToUseIt() {
        MockServerExtension notStarted = MockServerExtension.builder().build();

        assertThatThrownBy(notStarted::baseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }

    @Test
    void theProgrammaticBuilderChecksEachSettingAsTheMocksBuilderDoes() {
        assertThatThrownBy(() -> MockServerExtension.builder().pace(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pace");
    }

    @Test
    void theProgrammaticBuilderTakesTheStoresRetention() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(RetentionSample.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThatThrownBy(() -> MockServerExtension.builder().maxOperations(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOperations");
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

    /** The programmatic form with the store's retention; run by the test kit above. */
    static class RetentionSample {
        static final MutableClock CLOCK = MutableClock.at("2026-03-26T00:00:00Z");

        @RegisterExtension
        static MockServerExtension mock = MockServerExtension.builder()
                .clock(CLOCK).retention(Duration.ofHours(1)).maxOperations(10).requestLog(false).build();

        @Test
        void aFinishedOperationIsForgottenAnHourAfterItFinished() throws Exception {
            UUID done = mock.operations().arrange("Succeeded");
            CLOCK.advance(Duration.ofHours(1));
            mock.operations().arrange("Running");

            assertThat(get(mock.server(), done.toString()).statusCode()).isEqualTo(404);
        }
    }

    /** The programmatic form with a clock the test moves; run by the test kit above. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticSample {
        static final MutableClock CLOCK = MutableClock.at("2026-01-05T10:00:00Z");
        static final List<UUID> ids = new ArrayList<>();
        static final List<MockServer> servers = new ArrayList<>();

        @RegisterExtension
        static final MockServerExtension mock = MockServerExtension.builder()
                .clock(CLOCK)
                .pace(Duration.ofSeconds(10))
                .key("programmatic-key")
                .build();

        @Test
        @Order(1)
        void first(MockServer injected, @ArrangedOperation(status = "Running") UUID id) {
            servers.add(injected);
            ids.add(id);
            assertThat(injected).isSameAs(mock.server());
            assertThat(mock.key()).isEqualTo("programmatic-key");
            assertThat(mock.baseUrl()).isEqualTo(injected.baseUrl());

            UUID live = mock.operations().submit(4);
            CLOCK.advance(Duration.ofSeconds(15));
            // Its pace, 10 s, under its clock: the first two documents run; at the default 1 s all would be done.
            assertThat(mock.operations().status(live)).hasValue("Running");
        }

        @Test
        @Order(2)
        void second(MockServer injected) {
            servers.add(injected);
        }

        @Nested
        class Inner {
            @Test
            void sharesTheOuterMock(MockServer injected) {
                servers.add(injected);
            }
        }
    }

    /** The programmatic form in an instance field: a mock per test; run by the test kit above. */
    static class PerTestSample {
        static final List<MockServer> servers = new ArrayList<>();

        @RegisterExtension
        final MockServerExtension mock = MockServerExtension.builder().build();

        @Test
        void one(MockServer injected) {
            servers.add(injected);
            assertThat(injected).isSameAs(mock.server());
        }

        @Test
        void two(MockServer injected) {
            servers.add(injected);
            assertThat(injected).isSameAs(mock.server());
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

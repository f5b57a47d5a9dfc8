package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The control route {@code /_states} (GET lists, POST arranges) is open on loopback and needs the
 * subscription key or the admin token on any other address, decided by the address the mock was
 * told to listen on. A mock bound to the wildcard {@code 0.0.0.0} (not loopback) is still reached
 * here through 127.0.0.1 only: the caller looks local, and must be refused all the same. No test
 * sends anything to an address other than loopback.
 */
class ControlAccessTest {

    private static final String ADMIN_TOKEN = "admin-" + UUID.randomUUID();
    private static final String SETUP =
            "{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}";

    /** Bound to every address, with an admin token. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BoundBeyondLoopback {

        private MockServer mock;
        private MockHttp http;

        @BeforeAll
        void start() {
            mock = MockServer.builder().host("0.0.0.0").adminToken(ADMIN_TOKEN).requestLog(false).start();
            http = new MockHttp(mock);
        }

        @AfterAll
        void stop() {
            mock.close();
        }

        @Test
        void noCredentialIs401WithTheContractsErrorBody() {
            HttpResponse<String> refused = http.send(post(http).build());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(Bodies.errorCode(refused)).isEqualTo("Unauthorized");
            assertThat(Bodies.errorTarget(refused)).isEqualTo(MockHttp.KEY_HEADER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"wrong", "Bearer wrong", "Bearer ", "Basic YWRtaW46YWRtaW4="})
        void aWrongCredentialIs401(String authorization) {
            assertThat(http.send(post(http).header("Authorization", authorization).build()).statusCode()).isEqualTo(401);
            assertThat(http.send(post(http).header(MockHttp.KEY_HEADER, authorization).build()).statusCode()).isEqualTo(401);
        }

        @Test
        void theAdminTokenInTheKeysHeaderIsNoKey() {
            assertThat(http.send(post(http).header(MockHttp.KEY_HEADER, ADMIN_TOKEN).build()).statusCode()).isEqualTo(401);
        }

        @Test
        void theSubscriptionKeyArranges() {
            HttpResponse<String> arranged = http.send(post(http).header(MockHttp.KEY_HEADER, mock.key()).build());

            assertThat(arranged.statusCode()).isEqualTo(200);
            UUID id = UUID.fromString(Bodies.read(arranged).get("id").asText());
            assertThat(Bodies.status(http.get(id))).isEqualTo("Running");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Bearer ", "bearer ", "BEARER "})
        void theAdminTokenArranges(String scheme) {
            HttpResponse<String> arranged = http.send(post(http).header("Authorization", scheme + ADMIN_TOKEN).build());

            assertThat(arranged.statusCode()).isEqualTo(200);
            assertThat(Bodies.read(arranged).get("id").asText()).isNotBlank();
        }

        @Test
        void theListingNeedsACredentialToo() {
            assertThat(http.send(http.raw(MockServer.STATES_PATH).GET().build()).statusCode()).isEqualTo(401);
            assertThat(http.send(http.raw(MockServer.STATES_PATH).header(MockHttp.KEY_HEADER, mock.key()).GET().build())
                    .statusCode()).isEqualTo(200);
            assertThat(http.send(http.raw(MockServer.STATES_PATH).header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build())
                    .statusCode()).isEqualTo(200);
        }

        @Test
        void theAdminTokenIsNoCredentialForTheApi() {
            UUID id = mock.operations().arrange("Running");

            HttpResponse<String> refused = http.send(http.raw(MockServer.BASE_PATH + "/batches/" + id)
                    .header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build());

            assertThat(refused.statusCode()).isEqualTo(401);
        }

        @Test
        void theMockKnowsItsStatesNeedCredentials() {
            assertThat(mock.statesNeedCredentials()).isTrue();
        }
    }

    /** Bound to every address, without an admin token: only the key opens the control route. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BoundBeyondLoopbackWithoutAnAdminToken {

        private MockServer mock;
        private MockHttp http;

        @BeforeAll
        void start() {
            mock = MockServer.builder().host("0.0.0.0").requestLog(false).start();
            http = new MockHttp(mock);
        }

        @AfterAll
        void stop() {
            mock.close();
        }

        @Test
        void onlyTheKeyArranges() {
            assertThat(http.send(post(http).build()).statusCode()).isEqualTo(401);
            assertThat(http.send(post(http).header("Authorization", "Bearer anything").build()).statusCode()).isEqualTo(401);
            assertThat(http.send(post(http).header(MockHttp.KEY_HEADER, mock.key()).build()).statusCode()).isEqualTo(200);
        }
    }

    /** Bound to loopback, as by default: open, as before, with or without an admin token. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BoundToLoopback {

        private MockServer mock;
        private MockHttp http;

        @BeforeAll
        void start() {
            mock = MockServer.builder().host("127.0.0.1").adminToken(ADMIN_TOKEN).requestLog(false).start();
            http = new MockHttp(mock);
        }

        @AfterAll
        void stop() {
            mock.close();
        }

        @Test
        void noCredentialIsNeeded() {
            assertThat(http.send(post(http).build()).statusCode()).isEqualTo(200);
            assertThat(http.send(http.raw(MockServer.STATES_PATH).GET().build()).statusCode()).isEqualTo(200);
            assertThat(mock.statesNeedCredentials()).isFalse();
        }

        @Test
        void aWrongCredentialIsIgnoredAsBefore() {
            assertThat(http.send(post(http).header(MockHttp.KEY_HEADER, "wrong").header("Authorization", "Bearer wrong").build())
                    .statusCode()).isEqualTo(200);
        }
    }

    /** Which hosts count as loopback; literals and localhost only, so nothing is looked up elsewhere. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"})
    void loopbackAddressesLeaveTheControlRouteOpen(String host) {
        assertThat(ControlAccess.loopbackOnly(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "192.0.2.7", "10.0.0.1", "::ffff:192.0.2.7", "fe80::1"})
    void anyOtherAddressClosesIt(String host) {
        assertThat(ControlAccess.loopbackOnly(host)).isFalse();
    }

    /** A setup of a Running operation, without a credential: each test adds its own. */
    private static HttpRequest.Builder post(MockHttp http) {
        return http.raw(MockServer.STATES_PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SETUP));
    }
}

package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationClientBuilder;
import dev.doctranslation.client.DocumentTranslationException;
import dev.doctranslation.client.RetryOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's own security rules, seen from the wire: ids that are not UUIDs never reach it, a
 * null id sends nothing, plain http leaves the machine only on explicit opt-in, and the key is never
 * carried to another host by a redirect. (Echoed keys: {@link KeyEchoTest}.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientSecurityTest {
    private static final String CANONICAL_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final FaultFixture fixture = new FaultFixture();

    private DocumentTranslationClientBuilder builder() {
        return builder(fixture.server().endpoint());
    }

    private DocumentTranslationClientBuilder builder(String endpoint) {
        return fixture.builder(endpoint).retryOptions(RetryOptions.none());
    }

    @Test
    void everyPublicOperationTakesItsIdAsAUuidNeverAsText() {
        // The type is the guard: a String overload would let '../x' or 'a?b=c' reach the path.
        Method[] operations = Arrays.stream(DocumentTranslationClient.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().contains("Translation"))
                .toArray(Method[]::new);

        assertThat(operations).extracting(Method::getName).contains("cancelTranslation", "cancelTranslationWithResponse",
                "getTranslationStatus", "getTranslationStatusWithResponse", "cancelTranslationAndWait");
        assertThat(operations).allSatisfy(m -> assertThat(m.getParameterTypes()[0]).isEqualTo(UUID.class));
        assertThat(operations).allSatisfy(m -> assertThat(m.getParameterTypes()).doesNotContain(String.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "../../batches", "727bf148-f327-47a0-9481-abae6362f11e/../other",
            "727bf148-f327-47a0-9481-abae6362f11e?api-version=2", "727bf148-f327-47a0-9481-abae6362f11e#x",
            "727bf148%2Df327-47a0-9481-abae6362f11e", "727bf148-f327-47a0-9481-abae6362f11e ",
            "727bf148-f327-47a0-9481-abae6362f11eff", "g27bf148-f327-47a0-9481-abae6362f11e"})
    void textThatIsNoUuidIsRefusedBeforeAnyRequest(String text) {
        fixture.server().script(new Answer.Ok(UUID.randomUUID(), "Running"));
        DocumentTranslationClient client = builder().build();

        assertThatIllegalArgumentException().isThrownBy(() -> client.cancelTranslation(UUID.fromString(text)));

        assertThat(fixture.server().requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2-3-4-5", "727BF148-F327-47A0-9481-ABAE6362F11E", "0-0-0-0-0"})
    void whateverTextAUuidCameFromTheWireSeesOnlyItsCanonicalForm(String text) {
        fixture.server().script(new Answer.Ok(UUID.randomUUID(), "Running"));

        builder().build().getTranslationStatus(UUID.fromString(text));

        assertThat(fixture.server().requests()).singleElement().satisfies(request -> assertThat(request.getUrl())
                .matches("/translator/text/batch/v1\\.0-preview\\.1/batches/" + CANONICAL_UUID));
    }

    static Stream<Arguments> operationsWithANullId() {
        return Stream.<Consumer<DocumentTranslationClient>>of(
                        c -> c.cancelTranslation(null),
                        c -> c.cancelTranslationWithResponse(null),
                        c -> c.getTranslationStatus(null),
                        c -> c.getTranslationStatusWithResponse(null),
                        c -> c.cancelTranslationAndWait(null, Duration.ofSeconds(1)))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("operationsWithANullId")
    void aNullIdThrowsNullPointerExceptionAndSendsNothing(Consumer<DocumentTranslationClient> operation) {
        fixture.server().script(new Answer.Ok(UUID.randomUUID(), "Running"));
        DocumentTranslationClient client = builder().build();

        assertThatNullPointerException().isThrownBy(() -> operation.accept(client)).withMessage("id == null");

        assertThat(fixture.server().requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://my-translator.cognitiveservices.azure.com", "HTTP://10.0.0.7:8080",
            "http://localhost.example.com", "http://127.0.0.1.nip.io", "http://127.0.0.1@attacker.example",
            "http://[::ffff:a00:7]", "http://0.0.0.0:8080", "http://169.254.169.254", "http://localhost.",
            "http://[fe80::1]"})
    void plainHttpToAHostThatIsNotLoopbackIsRefusedWithoutTheOptIn(String endpoint) {
        assertThatIllegalArgumentException().isThrownBy(() -> builder(endpoint))
                .withMessageContaining("allowInsecureHttp(true)");
    }

    @Test
    void withdrawingTheOptInBeforeBuildIsHonoured() {
        DocumentTranslationClientBuilder builder = DocumentTranslationClient.builder().allowInsecureHttp(true)
                .endpoint("http://10.0.0.7:8080").subscriptionKey(Payloads.KEY).allowInsecureHttp(false);

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("allowInsecureHttp(true)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:%d", "http://127.0.0.1:%d", "http://[::1]:%d", "http://127.9.8.7:%d"})
    void plainHttpToLoopbackNeedsNoOptIn(String pattern) {
        int port = Integer.parseInt(fixture.server().endpoint().replaceAll(".*:", ""));

        assertThat(builder(pattern.formatted(port)).build().endpoint()).hasScheme("http");
    }

    @Test
    void plainHttpToThisMachinesOwnNetworkAddressIsSentOnlyAfterTheOptIn() {
        // A real non-loopback address, so the refusal is tested on a request that could really go out.
        Optional<InetAddress> lan = siteAddress();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address");
        String endpoint = "http://" + lan.get().getHostAddress() + ":" + fixture.server().endpoint().replaceAll(".*:", "");
        fixture.server().script(new Answer.Ok(UUID.randomUUID(), "Running"));

        assertThatIllegalArgumentException().isThrownBy(() -> builder(endpoint));
        assertThat(fixture.server().requestCount()).isZero();

        DocumentTranslationClient optedIn = DocumentTranslationClient.builder().allowInsecureHttp(true)
                .endpoint(endpoint).subscriptionKey(Payloads.KEY).retryOptions(RetryOptions.none()).build();
        optedIn.getTranslationStatus(UUID.randomUUID());
        assertThat(fixture.server().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectIsNeverFollowedSoTheKeyGoesToNoOtherHost(int code) {
        try (FaultServer elsewhere = new FaultServer()) {
            elsewhere.script(new Answer.Ok(UUID.randomUUID(), "Running"));
            fixture.server().serve(aResponse().withStatus(code).withHeader("Location", elsewhere.endpoint()
                    + "/translator/text/batch/v1.0-preview.1/batches/" + UUID.randomUUID()));

            DocumentTranslationException e = catchThrowableOfType(DocumentTranslationException.class,
                    () -> builder().retryOptions(RetryOptions.defaults()).build()
                            .getTranslationStatus(UUID.randomUUID()));

            assertThat(e.statusCode()).isEqualTo(code);
            assertThat(elsewhere.requestCount()).isZero();
            assertThat(fixture.server().requestCount()).as("a redirect is not retried either").isEqualTo(1);
        }
    }

    private static Optional<InetAddress> siteAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ClientSecurityTest::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}

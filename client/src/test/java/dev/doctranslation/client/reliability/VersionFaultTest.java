package dev.doctranslation.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transport faults and retries do not depend on the version: the 2024-05-01 route, with its query,
 * goes through resets and garbage as the preview's does ({@code TransportFaultTest}), every
 * attempt to the same URL.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VersionFaultTest {
    private static final UUID ID = UUID.fromString("5b0e3c1a-7d2f-4e8a-9c6b-1a2b3c4d5e6f");

    @RegisterExtension
    static final FaultFixture fixture = new FaultFixture();

    /** A generous read timeout: these faults are immediate, and a loaded machine must not turn one into a timeout. */
    private static DocumentTranslationClient client(ServiceVersion version) {
        return fixture.builder().serviceVersion(version).readTimeout(Duration.ofSeconds(10))
                .retryOptions(RetryOptions.defaults()).build();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aCancelOn2024ThatMeetsFaultsThenAnAnswerReturnsThatAnswer(Fault fault) {
        fixture.server().script(new Answer.SocketFault(fault), new Answer.SocketFault(fault), new Answer.Ok(ID, "Cancelling"));

        assertThat(client(ServiceVersion.V2024_05_01).cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(fixture.server().requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.getMethod().getName()).isEqualTo("DELETE");
            assertThat(request.getUrl()).isEqualTo("/translator/document/batches/" + ID + "?api-version=2024-05-01");
        });
        assertThat(fixture.time().sleeps()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void aFaultOnEveryAttemptEndsInAConnectionFailureWhateverTheVersion(ServiceVersion version) {
        fixture.server().script(new Answer.SocketFault(Fault.CONNECTION_RESET_BY_PEER));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client(version).cancelTranslation(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(e.getMessage()).startsWith("DELETE " + version.operationPath(ID.toString()) + " failed");
        assertThat(fixture.server().requestCount()).isEqualTo(4);
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tls(true)}: https with a certificate made at start, trusted by a client through the PEM
 * the mock wrote and nothing else; the JDK client checks the host name against the certificate's
 * names, so both {@code 127.0.0.1} and {@code localhost} are proven to be among them.
 */
class TlsTest {

    @TempDir
    static Path folder;

    private static MockServer mock;
    private static Path pem;
    private static HttpClient trusting;

    @BeforeAll
    static void start() throws Exception {
        pem = folder.resolve("certs").resolve("mock.pem");
        mock = MockServer.builder().tlsCertificateOut(pem).requestLog(false).start();
        trusting = HttpClient.newBuilder().sslContext(trusting(pem)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void everyVersionIsServedOverHttpsToAClientThatTrustsTheWrittenPem() throws Exception {
        UUID id = mock.operations().arrange("Running");

        for (ServiceVersion version : ServiceVersion.all()) {
            URI uri = version.operationUri(mock.apiBase(version), id.toString());
            assertThat(uri.getScheme()).isEqualTo("https");
            HttpResponse<String> answer = send(trusting, HttpRequest.newBuilder(uri)
                    .header(MockHttp.KEY_HEADER, mock.key()).GET().build());

            assertThat(answer.statusCode()).as(version.id()).isEqualTo(200);
            assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            ContractCheck.assertConforms("GET", uri, answer);
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
            assertThat(answer.headers().firstValue("apim-request-id")).isPresent();
        }
    }

    @Test
    void theCertificateNamesLocalhostAsWell() throws Exception {
        URI uri = URI.create("https://localhost:" + mock.port() + ServiceVersion.V1_1.operationPath(UUID.randomUUID().toString()));

        HttpResponse<String> answer = send(trusting, HttpRequest.newBuilder(uri).header(MockHttp.KEY_HEADER, mock.key()).GET().build());

        assertThat(answer.statusCode()).isEqualTo(404);
        ContractCheck.assertConforms("GET", uri, answer);
    }

    @Test
    void theProviderStatesAreServedOverHttpsToo() throws Exception {
        assertThat(mock.statesUrl().getScheme()).isEqualTo("https");

        HttpResponse<String> answer = send(trusting, HttpRequest.newBuilder(mock.statesUrl())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"a translation operation exists\",\"params\":{\"status\":\"Running\"}}"))
                .build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(mock.operations().status(UUID.fromString(Bodies.read(answer).path("id").asText()))).hasValue("Running");
    }

    @Test
    void thePemHoldsTheCertificateOnlyForLoopbackAndIsNoCa() throws Exception {
        String text = Files.readString(pem);
        X509Certificate certificate = certificate(pem);

        assertThat(mock.tlsCertificate()).hasValue(pem.toAbsolutePath());
        assertThat(text).startsWith("-----BEGIN CERTIFICATE-----").doesNotContain("PRIVATE KEY");
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .contains("localhost", "127.0.0.1");
        assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        certificate.checkValidity();
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefusedTheHandshake() {
        HttpClient plainTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> plainTrust.send(HttpRequest.newBuilder(mock.baseUrl()).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpToTheTlsPortGetsNoAnswerThatCarriesTheApi() {
        URI plain = URI.create("http://127.0.0.1:" + mock.port() + ServiceVersion.V1_0.operationPath(UUID.randomUUID().toString()));

        assertThatThrownBy(() -> MockHttp.newClient().send(HttpRequest.newBuilder(plain).timeout(Duration.ofSeconds(10))
                        .header(MockHttp.KEY_HEADER, "0123456789abcdef0123456789abcdef").GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aPemInTheTemporaryFolderLastsAsLongAsTheMock() throws Exception {
        Path written;
        try (MockServer temporary = MockServer.builder().tls(true).requestLog(false).start()) {
            written = temporary.tlsCertificate().orElseThrow();
            assertThat(written).exists().isNotEqualTo(pem.toAbsolutePath());
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(written)).build();
            UUID id = temporary.operations().arrange("Running");
            HttpResponse<String> answer = send(client, HttpRequest.newBuilder(
                            ServiceVersion.V2024_05_01.operationUri(temporary.apiBase(ServiceVersion.V2024_05_01), id.toString()))
                    .header(MockHttp.KEY_HEADER, temporary.key()).DELETE().build());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(Files.readString(written)).as("a new certificate at each start").isNotEqualTo(Files.readString(pem));
        }
        assertThat(written).doesNotExist();
    }

    /**
     * The header-read timeout's 408 is written as bytes on the connection: over TLS it must pass
     * through the TLS filter like any answer, so the client reads it, not ciphertext nor a reset.
     */
    @Test
    void anUnfinishedHeadOverTlsIsAnswered408InTheClear() throws Exception {
        try (MockServer slow = MockServer.builder().tls(true).headerReadTimeout(Duration.ofMillis(500))
                        .requestLog(false).start();
                SSLSocket socket = (SSLSocket) trusting(slow.tlsCertificate().orElseThrow()).getSocketFactory()
                        .createSocket("127.0.0.1", slow.port())) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"InvalidRequest\"");
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The JDK client's TLS, trusting the one certificate in {@code pemFile}: as a user of the mock would set it up. */
    static SSLContext trusting(Path pemFile) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("doctranslation-mock", certificate(pemFile));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }

    private static X509Certificate certificate(Path pemFile) throws Exception {
        try (InputStream in = Files.newInputStream(pemFile)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}

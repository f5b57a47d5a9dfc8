package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client over https, against a real TLS server that would agree to HTTP/2 if asked (its ALPN
 * list puts {@code h2} first) but speaks only HTTP/1.1: the SDK's transport offers HTTP/1.1 alone,
 * so TLS agrees on it and the request comes as HTTP/1.1. The server's certificate is made for the test and
 * trusted through the JDK's default trust store settings, as a user would trust a private CA.
 */
class HttpsTest {
    private static final char[] PASSWORD = "test-store-password".toCharArray();
    private static final UUID ID = UUID.fromString(Bodies.ID);

    @TempDir
    Path work;

    private SSLServerSocket listener;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void startTheServer() throws Exception {
        Path serverStore = work.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", serverStore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", keys.getCertificate("server"));
        try (OutputStream out = Files.newOutputStream(work.resolve("trust.p12"))) {
            trust.store(out, PASSWORD);
        }

        listener = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 8, InetAddress.getLoopbackAddress());
        SSLParameters parameters = listener.getSSLParameters();
        parameters.setApplicationProtocols(new String[] {"h2", "http/1.1"});
        listener.setSSLParameters(parameters);
        Thread acceptor = new Thread(this::serve, "https-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers each request on the connection with the page's 200; records what TLS agreed and the request's head. */
    private void serve() {
        while (!listener.isClosed()) {
            try (SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.startHandshake();
                seen.put("alpn", String.valueOf(socket.getApplicationProtocol()));
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                seen.put("requestLine", String.valueOf(in.readLine()));
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        seen.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
                    }
                }
                byte[] body = Bodies.PAGE_200.getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // A failed handshake or a closed listener: the test's assertions tell which.
            }
        }
    }

    @AfterEach
    void stopTheServer() throws IOException {
        listener.close();
    }

    @Test
    void anHttpsEndpointIsCalledOverHttp11() {
        DocumentTranslationClient client = trustingTheTestCertificate(() -> DocumentTranslationClient.builder()
                .endpoint("https://127.0.0.1:" + listener.getLocalPort())
                .subscriptionKey(ClientTestBase.KEY)
                .retryOptions(RetryOptions.none())
                .build());

        assertThat(client.getTranslationStatus(ID).getStatus()).isEqualTo(Status.SUCCEEDED);
        assertThat(seen).as("TLS agreed on HTTP/1.1, not h2").containsEntry("alpn", "http/1.1")
                .containsEntry("requestLine", "GET /translator/text/batch/v1.0-preview.1/batches/" + ID + " HTTP/1.1")
                .containsEntry("ocp-apim-subscription-key", ClientTestBase.KEY);
    }

    /** The JDK reads its default trust store settings when a client's TLS is set up, at build(). */
    private DocumentTranslationClient trustingTheTestCertificate(java.util.function.Supplier<DocumentTranslationClient> build) {
        List<String> names = List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
                "javax.net.ssl.trustStoreType");
        Map<String, String> before = new java.util.HashMap<>();
        names.forEach(name -> before.put(name, System.getProperty(name)));
        System.setProperty("javax.net.ssl.trustStore", work.resolve("trust.p12").toString());
        System.setProperty("javax.net.ssl.trustStorePassword", new String(PASSWORD));
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try {
            return build.get();
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.contract.ServiceVersion;
import java.net.http.HttpClient;
import java.util.List;

/**
 * Prepares, on a second thread, what the first checks will need while the main thread starts the
 * embedded mock or probes the target: each version's validator (its spec read and compiled, which
 * {@link Runner} keeps), the JDK's HTTP client with its TLS defaults, the SDK's classes, and last
 * pact-jvm. None of it depends on the target, so the two threads never wait for each other except
 * where both need the same class; on two cores that takes a second or more off a run's wall time.
 * A failure here is not reported: the check that needs the piece makes it again and says what is
 * wrong.
 */
final class KitWarmUp {

    private KitWarmUp() {}

    /** Starts the warm-up of {@code versions} on a daemon thread and returns at once. */
    static void start(List<ServiceVersion> versions, boolean pact) {
        Thread thread = new Thread(() -> prepare(versions, pact), "conformance-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepare(List<ServiceVersion> versions, boolean pact) {
        try {
            // In the order the run needs them: its runners make HTTP and SDK clients as soon as the
            // mock is up, the first check's answers need the first version's validator a little later.
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            DocumentTranslationClient.builder().endpoint("http://127.0.0.1:9").subscriptionKey("warm-up")
                    .serviceVersion(versions.isEmpty() ? ServiceVersion.latest() : versions.get(0)).build();
            versions.forEach(Runner::validator);
        } catch (RuntimeException e) {
            // See the class comment.
        }
        if (pact) {
            PactCheck.warmUp();
        }
    }
}

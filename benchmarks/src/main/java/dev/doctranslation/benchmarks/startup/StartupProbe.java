package dev.doctranslation.benchmarks.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.doctranslation.benchmarks.PageBody;
import dev.doctranslation.mock.MockServer;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * One measurement in a fresh JVM (StartupHarness starts one per measurement): a server started as
 * a test would start it, the time to its first answered request, the heap it then holds, and the
 * requests per second of the first seconds after that, with no warm-up. Prints one line,
 * {@code RESULT {json}}.
 *
 * <p>Subjects: {@code mock-builder} ({@code MockServer.builder().key(..).start()}, then one
 * {@code Running} operation arranged), {@code wiremock-server} ({@code new WireMockServer(..)},
 * {@code start()}, then one stub for the same GET with the same key check), and the two JUnit 5
 * extensions, {@code mock-extension} ({@code MockServerExtension}) and {@code wiremock-extension}
 * ({@code WireMockExtension}), each in a one-test class run through the JUnit Platform launcher.
 * Both servers keep their defaults otherwise (WireMock's request journal on, the mock's request log
 * on; SLF4J's backend here is slf4j-nop for both). WireMock answers the page's 200 body; the mock
 * its arranged operation (the same size, within a few bytes).
 */
public final class StartupProbe {
    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    static final String KEY = "startup-probe-key-0123456789abcdef";

    // Read by the probe test classes, which the launcher runs in this JVM.
    static volatile long started;
    static volatile long heapBaseline;
    static volatile int coldSeconds;
    static volatile int connections;
    static volatile Measurement measured;

    private StartupProbe() {}

    /** {@code StartupProbe SUBJECT COLD_SECONDS CONNECTIONS} */
    public static void main(String[] args) throws Exception {
        String subject = args[0];
        coldSeconds = Integer.parseInt(args[1]);
        connections = Integer.parseInt(args[2]);
        switch (subject) {
            case "mock-builder" -> mockBuilder();
            case "wiremock-server" -> wireMockServer();
            case "mock-extension" -> extension(MockExtensionProbe.class);
            case "wiremock-extension" -> extension(WireMockExtensionProbe.class);
            default -> throw new IllegalArgumentException("unknown subject " + subject
                    + "; expected mock-builder, wiremock-server, mock-extension or wiremock-extension");
        }
        Measurement m = measured;
        if (m == null) {
            throw new IllegalStateException(subject + ": no measurement was taken");
        }
        System.out.println("RESULT " + m.json(subject));
        System.out.flush();
        // Servers' non-daemon threads are already stopped; exit anyway, so a straggler cannot hang the harness.
        System.exit(0);
    }

    private static void mockBuilder() throws Exception {
        heapBaseline = heapAfterGc();
        started = System.nanoTime();
        try (MockServer mock = MockServer.builder().key(KEY).start()) {
            UUID id = mock.operations().arrange("Running");
            measure(URI.create(mock.baseUrl() + "/batches/" + id));
        }
    }

    private static void wireMockServer() throws Exception {
        heapBaseline = heapAfterGc();
        started = System.nanoTime();
        WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        try {
            wireMock.stubFor(statusStub());
            measure(URI.create(wireMock.baseUrl() + PageBody.path()));
        } finally {
            wireMock.stop();
        }
    }

    private static void extension(Class<?> testClass) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        heapBaseline = heapAfterGc();
        started = System.nanoTime();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
        if (listener.getSummary().getTotalFailureCount() > 0 || listener.getSummary().getTestsSucceededCount() != 1) {
            Throwable failure = listener.getSummary().getFailures().isEmpty()
                    ? null : listener.getSummary().getFailures().get(0).getException();
            throw new IllegalStateException(testClass.getSimpleName() + " did not pass: "
                    + listener.getSummary().getTestsSucceededCount() + " succeeded", failure);
        }
    }

    /** WireMock's stub for the GET the mock answers: any id, the key checked, the page's body. */
    static MappingBuilder statusStub() {
        return get(urlPathMatching(PageBody.BASE_PATH.replace(".", "\\.") + "/batches/[^/]+"))
                .withHeader(KEY_HEADER, equalTo(KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(PageBody.bytes()));
    }

    /** The first request, then the heap held, then the cold load; all on the running server. */
    static void measure(URI url) throws IOException, InterruptedException {
        int status;
        try (TinyHttp first = new TinyHttp(url, KEY_HEADER, KEY)) {
            status = first.get();
        }
        long firstAnswer = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // Two figures a busy machine cannot stretch: the CPU the JVM has spent so far, all threads, and
        // the classes it has loaded (each one read, verified and first run in the interpreter).
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        if (status != 200) {
            throw new IllegalStateException("the first GET of " + url + " answered " + status + ", expected 200");
        }
        long heapHeld = heapAfterGc() - heapBaseline;
        ColdLoad.Result load = ColdLoad.run(url, KEY_HEADER, KEY, connections, coldSeconds);
        measured = new Measurement((firstAnswer - started) / 1e6, sinceJvmStart, cpuNanos / 1_000_000, classes, heapHeld, load);
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    record Measurement(double startToFirstAnswerMs, long jvmStartToFirstAnswerMs, long cpuMsToFirstAnswer,
            int classesAtFirstAnswer, long heapHeldBytes, ColdLoad.Result load) {
        String json(String subject) {
            return String.format(Locale.ROOT, "{\"subject\": \"%s\", \"start_to_first_answer_ms\": %.1f,"
                            + " \"jvm_start_to_first_answer_ms\": %d, \"cpu_ms_to_first_answer\": %d,"
                            + " \"classes_loaded_at_first_answer\": %d, \"heap_held_bytes\": %d, \"cold_seconds\": %d,"
                            + " \"cold_connections\": %d, \"cold_requests\": %d, \"cold_requests_per_s\": %.1f,"
                            + " \"cold_unexpected\": %d}",
                    subject, startToFirstAnswerMs, jvmStartToFirstAnswerMs, cpuMsToFirstAnswer, classesAtFirstAnswer,
                    heapHeldBytes, load.seconds(),
                    load.connections(), load.ok(), load.ok() / (double) load.seconds(), load.unexpected());
        }
    }

    /** {@code @RegisterExtension}, as the mock's README shows it; the key is the only setting. */
    public static class MockExtensionProbe {
        @RegisterExtension
        static MockServerExtension mock = MockServerExtension.builder().key(KEY).build();

        @Test
        void firstRequest() throws Exception {
            UUID id = mock.operations().arrange("Running");
            measure(URI.create(mock.baseUrl() + "/batches/" + id));
        }
    }

    /** {@code @RegisterExtension}, as WireMock's documentation shows it; a loopback dynamic port. */
    public static class WireMockExtensionProbe {
        @RegisterExtension
        static WireMockExtension wireMock = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();

        @Test
        void firstRequest() throws Exception {
            wireMock.stubFor(statusStub());
            measure(URI.create(wireMock.baseUrl() + PageBody.path()));
        }
    }
}

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code pact.verification} check as the kit runs it, with pact-jvm's verifier called
 * directly: pact-jvm prints nothing of its own, and a target without states, or whose states
 * cannot be arranged, gets a reason. That it fails a broken interaction: {@link PactVerificationCanFailTest}.
 */
class PactCheckTest extends BreakingProviderTest {
    private static final Check PACT = Catalogue.select(List.of("pact.verification")).get(0);
    private static final int INTERACTIONS = 6;

    private static CheckResult run(Target target) {
        return new Runner(target, KitSettings.defaults()).run(PACT);
    }

    @Test
    void pactJvmPrintsNothingOfItsOwnWhileTheCheckRuns() {
        provider.breakWith(Breakages.BY_CHECK.get("pact.verification"));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CheckResult result;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            result = run(provider.target());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        // The test log may hold the mock's request lines; none of pact-jvm's reporter lines.
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .doesNotContain("Verifying a pact", "returns a response which", "has status code", "Failures:");
    }

    @Test
    void aProviderThatCannotArrangeTheStatesFailsEveryInteractionSayingSo() throws IOException {
        HttpServer states = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        states.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(501, -1);
            }
        });
        states.start();
        try {
            Target target = provider.target();
            Target without = new Target(target.endpoint(), target.apiBase(), target.key(),
                    Optional.of(URI.create("http://127.0.0.1:" + states.getAddress().getPort() + "/_states")), "no states");

            CheckResult result = run(without);
    
            assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(result.failures()).hasSize(INTERACTIONS).allSatisfy(f -> assertThat(f.message())
                    .contains("failed: its provider state could not be arranged", "(501)"));
        } finally {
            states.stop(0);
        }
    }

    @Test
    void withoutAStateChangeUrlTheCheckIsSkipped() {
        Target target = provider.target();

        CheckResult result = run(new Target(target.endpoint(), target.apiBase(), target.key(), Optional.empty(), "x"));

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.skipReason()).contains("no state-change URL");
    }
}

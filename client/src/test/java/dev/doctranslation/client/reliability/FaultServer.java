package dev.doctranslation.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * A real HTTP server on loopback (WireMock) that plays a script: the n-th request gets the n-th
 * answer, and the last answer repeats for any request after the script ends. Started and stopped
 * by hand, so that jqwik properties can use it too; Jupiter tests get one from {@link FaultFixture}.
 */
final class FaultServer implements AutoCloseable {
    private static final String SCENARIO = "script";

    private final WireMockServer wireMock;
    private volatile String echo = "";

    FaultServer() {
        // Enough threads that answers still stalling after the client gave up never starve the next request.
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).jettyAcceptors(1));
        wireMock.start();
    }

    /** The base URL to give the client's builder; plain http to loopback, which the client accepts. */
    String endpoint() {
        return wireMock.baseUrl();
    }

    /** Text (usually the key) the answers echo back in headers and bodies, as a careless server might. */
    FaultServer echoing(String text) {
        this.echo = text;
        return this;
    }

    /** Forgets earlier requests and scripts, then serves {@code answers} in order. */
    void script(List<? extends Answer> answers) {
        serve(answers.stream().map(answer -> answer.response(echo)).toList());
    }

    void script(Answer... answers) {
        script(List.of(answers));
    }

    /** {@link #script(List)} for answers built by hand, for the odd case no {@link Answer} covers. */
    void serve(List<ResponseDefinitionBuilder> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a script needs at least one answer");
        }
        wireMock.resetAll();
        for (int i = 0; i < answers.size(); i++) {
            var stub = any(anyUrl()).inScenario(SCENARIO).whenScenarioStateIs(state(i)).willReturn(answers.get(i));
            if (i + 1 < answers.size()) {
                stub = stub.willSetStateTo(state(i + 1));
            }
            wireMock.stubFor(stub);
        }
    }

    void serve(ResponseDefinitionBuilder... answers) {
        serve(List.of(answers));
    }

    /** Every request the server received since the last script, in order. */
    List<LoggedRequest> requests() {
        return wireMock.findAll(RequestPatternBuilder.allRequests());
    }

    int requestCount() {
        return requests().size();
    }

    @Override
    public void close() {
        wireMock.stop();
    }

    private static String state(int step) {
        return step == 0 ? Scenario.STARTED : "step-" + step;
    }
}

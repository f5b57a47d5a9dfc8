package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.KEY_HEADER;
import static dev.doctranslation.client.pact.PactTerms.KEY_PLACEHOLDER;
import static dev.doctranslation.client.pact.PactTerms.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pact against the spec: every interaction of the pact file this build's consumer tests wrote is
 * validated against the contract, so the client's expectations cannot drift from it unnoticed.
 * Runs in Failsafe's integration-test phase, after Surefire has written the pact; the path comes
 * from the {@code pact.file} system property that client/pom.xml sets.
 */
class GeneratedPactMatchesSpecIT {
    private static Path pactFile;
    private static Pact pact;

    @BeforeAll
    static void readThePact() {
        String location = System.getProperty("pact.file");
        assertThat(location).as("system property pact.file (set by client/pom.xml)").isNotBlank();
        pactFile = Path.of(location);
        assertThat(pactFile).as("the pact the consumer tests write").isRegularFile();
        pact = DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
    }

    @Test
    void isAVersion4PactBetweenClientAndService() {
        assertThat(pact).isInstanceOf(V4Pact.class);
        assertThat(pact.getConsumer().getName()).isEqualTo(PactTerms.CONSUMER);
        assertThat(pact.getProvider().getName()).isEqualTo(PactTerms.PROVIDER);
    }

    /** Exactly this build's interactions: a stale or missing one would make the other checks lie. */
    @Test
    void holdsTheSixInteractionsOfTheConsumerTests() {
        assertThat(pact.getInteractions()).extracting(Interaction::getDescription)
                .containsExactlyInAnyOrderElementsOf(CancelOperationInteractions.ALL);
    }

    @TestFactory
    Stream<DynamicTest> everyInteractionKeepsTheContract() {
        PactSpecValidator validator = PactSpecValidator.forTheContract();
        return pact.getInteractions().stream().map(interaction -> DynamicTest.dynamicTest(
                interaction.getDescription(),
                () -> assertThat(validator.violations(interaction)).as(interaction.getDescription()).isEmpty()));
    }

    /**
     * The provider arranges each interaction through the provider-state protocol and substitutes the
     * id its state change answered: no interaction may depend on an id of the consumer's choosing.
     */
    @Test
    void everyInteractionIsArrangedThroughTheContractsStatesAndTheirId() throws IOException {
        Map<String, Set<String>> paramsByState = Map.of(
                PactTerms.OPERATION_EXISTS, Set.of("status", "total", "success", "failed"),
                PactTerms.NO_OPERATION_EXISTS, Set.of(),
                PactTerms.REQUESTS_THROTTLED, Set.of("retryAfterSeconds", "count"));
        JsonNode interactions = new ObjectMapper().readTree(pactFile.toFile()).path("interactions");
        assertThat(interactions).hasSize(CancelOperationInteractions.ALL.size());
        for (JsonNode interaction : interactions) {
            String description = interaction.path("description").asText();
            JsonNode path = interaction.path("request").path("generators").path("path");
            assertThat(path.path("type").asText()).as(description).isEqualTo("ProviderState");
            assertThat(path.path("expression").asText()).as(description).isEqualTo(PactTerms.PATH_FROM_STATE);
            assertThat(interaction.path("providerStates")).as(description).isNotEmpty();
            for (JsonNode state : interaction.path("providerStates")) {
                String name = state.path("name").asText();
                assertThat(paramsByState).as(description).containsKey(name);
                List<String> params = new ArrayList<>();
                state.path("params").fieldNames().forEachRemaining(params::add);
                assertThat(paramsByState.get(name)).as(description + " / " + name).containsAll(params);
                if (name.equals(PactTerms.OPERATION_EXISTS)) {
                    assertThat(state.path("params").path("status").asText()).as(description)
                            .matches(PactTerms.ANY_STATUS);
                }
            }
        }
    }

    /** The pact is shipped and published: it may hold the placeholder or the fake wrong key, never a key. */
    @Test
    void holdsNoKey() throws IOException {
        for (Interaction interaction : pact.getInteractions()) {
            V4Interaction.SynchronousHttp http = (V4Interaction.SynchronousHttp) interaction;
            List<String> keys = http.getRequest().getHeaders().get(KEY_HEADER);
            assertThat(keys).as(interaction.getDescription()).hasSize(1);
            assertThat(keys.get(0)).as(interaction.getDescription()).isIn(KEY_PLACEHOLDER, WRONG_KEY);
        }
        assertThat(Files.readString(pactFile, StandardCharsets.UTF_8))
                .doesNotContain(CancelOperationConsumerPactTest.CONSUMER_TEST_KEY);
    }
}

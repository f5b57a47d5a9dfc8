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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link GeneratedPactMatchesSpecIT} for the pacts of the later versions: each file this build's
 * consumer tests wrote into the {@code pact.dir} folder is a V4 pact between the client and that
 * version's provider, holds the six interactions at the version's route (with its
 * {@code api-version} query where it has one) arranged through the contract's provider states,
 * holds no key, and keeps that version's own spec.
 */
class VersionedPactsMatchSpecIT {

    @TestFactory
    Stream<DynamicContainer> eachVersionsPact() {
        String dir = System.getProperty("pact.dir");
        assertThat(dir).as("system property pact.dir (set by client/pom.xml)").isNotBlank();
        return PactVersion.LATER.stream().map(version -> DynamicContainer.dynamicContainer(version.version().id(),
                checks(version, Path.of(dir).resolve(version.fileName()))));
    }

    private static Stream<DynamicTest> checks(PactVersion version, Path file) {
        return Stream.of(
                DynamicTest.dynamicTest("is a V4 pact between the client and " + version.provider(), () -> {
                    Pact pact = read(file);
                    assertThat(pact).isInstanceOf(V4Pact.class);
                    assertThat(pact.getConsumer().getName()).isEqualTo(PactTerms.CONSUMER);
                    assertThat(pact.getProvider().getName()).isEqualTo(version.provider());
                    assertThat(pact.getInteractions()).extracting(Interaction::getDescription)
                            .containsExactlyInAnyOrderElementsOf(CancelOperationInteractions.ALL);
                }),
                DynamicTest.dynamicTest("every request goes to the version's route from the state's id", () -> {
                    for (JsonNode interaction : new ObjectMapper().readTree(file.toFile()).path("interactions")) {
                        String description = interaction.path("description").asText();
                        JsonNode request = interaction.path("request");
                        assertThat(request.path("generators").path("path").path("expression").asText()).as(description)
                                .isEqualTo(version.pathFromState());
                        assertThat(request.path("path").asText()).as(description).startsWith(version.version().apiPath() + "/batches/");
                        Map<String, List<String>> expectedQuery = version.version().apiVersionQuery()
                                .map(v -> Map.of("api-version", List.of(v))).orElse(Map.of());
                        Map<String, List<String>> query = new ObjectMapper().convertValue(request.path("query"),
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<String>>>() {});
                        assertThat(query == null ? Map.of() : query).as(description).isEqualTo(expectedQuery);
                        assertThat(interaction.path("providerStates")).as(description).isNotEmpty();
                    }
                }),
                DynamicTest.dynamicTest("holds no key", () -> {
                    for (Interaction interaction : read(file).getInteractions()) {
                        List<String> keys = ((V4Interaction.SynchronousHttp) interaction).getRequest().getHeaders().get(KEY_HEADER);
                        assertThat(keys).as(interaction.getDescription()).singleElement()
                                .isIn(KEY_PLACEHOLDER, WRONG_KEY);
                    }
                    assertThat(Files.readString(file, StandardCharsets.UTF_8))
                            .doesNotContain(VersionedConsumerPactContract.CONSUMER_TEST_KEY);
                }),
                DynamicTest.dynamicTest("keeps the " + version.version().id() + " spec", () -> {
                    PactSpecValidator validator = PactSpecValidator.forVersion(version.version());
                    for (Interaction interaction : read(file).getInteractions()) {
                        assertThat(validator.violations(interaction)).as(interaction.getDescription()).isEmpty();
                    }
                }));
    }

    private static Pact read(Path file) throws IOException {
        assertThat(file).as("the pact the consumer tests write").isRegularFile();
        return DefaultPactReader.INSTANCE.loadPact(file.toFile());
    }
}

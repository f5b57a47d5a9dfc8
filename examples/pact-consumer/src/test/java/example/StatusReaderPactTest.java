package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer test of {@link StatusReader} with Pact: the interaction it relies on is served by
 * Pact's mock server, and then checked against the published contract (the spec in the
 * {@code doctranslation-openapi} artifact), so the pact this consumer hands to the provider can
 * be honoured at all. The provider state is one of the contract's, so the kit's reference mock or
 * any conforming provider can verify the pact.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "doctranslation-service")
class StatusReaderPactTest {
    private static final UUID ID = UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e");
    private static final String KEY = "consumer-example-key";
    private static final String RUNNING = """
            {"id": "727bf148-f327-47a0-9481-abae6362f11e", "createdDateTimeUtc": "2020-03-26T00:00:00Z",
             "lastActionDateTimeUtc": "2020-03-26T00:30:00Z", "status": "Running",
             "summary": {"total": 10, "failed": 1, "success": 4, "inProgress": 2, "notYetStarted": 3,
                         "cancelled": 0, "totalCharacterCharged": 4096}}""";

    private static V4Pact pact;

    @Pact(consumer = "status-reader")
    V4Pact statusOfARunningOperation(PactDslWithProvider builder) {
        pact = builder.given("a translation operation exists", Map.of("status", "Running"))
                .uponReceiving("status of a running operation")
                .method("GET")
                .path(StatusReader.API_PATH + "/batches/" + ID)
                .headers(Map.of("Ocp-Apim-Subscription-Key", KEY))
                .willRespondWith()
                .status(200)
                .headers(Map.of("Content-Type", "application/json"))
                .body(RUNNING)
                .toPact(V4Pact.class);
        return pact;
    }

    @Test
    void theReaderReadsTheStatusAndThePactKeepsThePublishedContract(MockServer server) throws Exception {
        assertEquals("Running", new StatusReader(URI.create(server.getUrl()), KEY).status(ID));

        OpenApiInteractionValidator contract = OpenApiInteractionValidator.createForInlineApiSpecification(publishedSpec())
                .build();
        for (var interaction : pact.getInteractions()) {
            V4Interaction.SynchronousHttp http = (V4Interaction.SynchronousHttp) interaction;
            ValidationReport report = contract.validate(PactRequest.of(http.getRequest()), PactResponse.of(http.getResponse()));
            List<String> errors = report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage()).toList();
            assertEquals(List.of(), errors, "interaction '" + interaction.getDescription() + "' against the contract");
        }
    }

    /** The contract as published: the YAML inside the doctranslation-openapi jar. */
    private static String publishedSpec() throws IOException {
        try (InputStream in = StatusReaderPactTest.class.getResourceAsStream("/META-INF/openapi/document-translation.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the doctranslation-openapi artifact is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.ANY_KEY;
import static dev.doctranslation.client.pact.PactTerms.API_PATH;
import static dev.doctranslation.client.pact.PactTerms.CONSUMER;
import static dev.doctranslation.client.pact.PactTerms.EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.KEY_HEADER;
import static dev.doctranslation.client.pact.PactTerms.KEY_PLACEHOLDER;
import static dev.doctranslation.client.pact.PactTerms.OPERATION_EXISTS;
import static dev.doctranslation.client.pact.PactTerms.PATH_FROM_STATE;
import static dev.doctranslation.client.pact.PactTerms.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Pact;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pact-vs-spec check can fail: interactions that drift from the contract are reported, and
 * the six real ones, with their placeholder key and provider-state path, are not.
 */
class PactSpecValidatorTest {
    private static final PactSpecValidator VALIDATOR = PactSpecValidator.forTheContract();

    static Stream<Arguments> theSixInteractions() {
        return Stream.<Function<PactDslWithProvider, V4Pact>>of(CancelOperationInteractions::cancelRunning,
                        CancelOperationInteractions::cancelSucceeded, CancelOperationInteractions::cancelUnknown,
                        CancelOperationInteractions::cancelWithWrongKey, CancelOperationInteractions::cancelThrottled,
                        CancelOperationInteractions::getStatus)
                .map(definition -> only(definition.apply(provider())))
                .map(interaction -> Arguments.of(interaction.getDescription(), interaction));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theSixInteractions")
    void interactionOfTheConsumerPactKeepsTheContract(String description, Interaction interaction) {
        assertThat(VALIDATOR.violations(interaction)).as(description).isEmpty();
    }

    @Test
    void statusOutsideTheEnumIsReported() {
        Interaction paused = only(statusRequest(API_PATH + "/batches/" + EXAMPLE_ID)
                .willRespondWith()
                .status(200)
                .body(PactBodies.translationStatus("Paused", "Paused", PactBodies.RUNNING))
                .toPact(V4Pact.class));

        assertThat(VALIDATOR.violations(paused))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.response.body.schema.enum")
                        .contains("Paused"));
    }

    @Test
    void undeclaredStatusCodeIsReported() {
        Interaction teapot = only(statusRequest(API_PATH + "/batches/" + EXAMPLE_ID)
                .willRespondWith()
                .status(418)
                .body(PactBodies.error("InvalidRequest", "InvalidRequest", "I'm a teapot"))
                .toPact(V4Pact.class));

        assertThat(VALIDATOR.violations(teapot))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.response.status.unknown"));
    }

    @Test
    void pathOutsideTheContractIsReported() {
        Interaction singular = only(statusRequest(API_PATH + "/batch/" + EXAMPLE_ID)
                .willRespondWith()
                .status(200)
                .body(PactBodies.translationStatus(PactTerms.ANY_STATUS, "Running", PactBodies.RUNNING))
                .toPact(V4Pact.class));

        assertThat(VALIDATOR.violations(singular))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.request.path.missing"));
    }

    /** The placeholder is what satisfies the apiKey scheme: without a key header the request drifts. */
    @Test
    void requestWithoutKeyHeaderIsReported() {
        Interaction keyless = only(provider()
                .given(OPERATION_EXISTS, Map.of("status", "Running"))
                .uponReceiving("status without a key")
                .pathFromProviderState(PATH_FROM_STATE, API_PATH + "/batches/" + EXAMPLE_ID)
                .method("GET")
                .willRespondWith()
                .status(200)
                .body(PactBodies.translationStatus(PactTerms.ANY_STATUS, "Running", PactBodies.RUNNING))
                .toPact(V4Pact.class));

        assertThat(VALIDATOR.violations(keyless))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.request.security"));
    }

    private static PactDslRequestWithPath statusRequest(String path) {
        return provider()
                .given(OPERATION_EXISTS, Map.of("status", "Running"))
                .uponReceiving("a drifted interaction")
                .path(path)
                .method("GET")
                .matchHeader(KEY_HEADER, ANY_KEY, KEY_PLACEHOLDER);
    }

    private static PactDslWithProvider provider() {
        return ConsumerPactBuilder.consumer(CONSUMER).hasPactWith(PROVIDER);
    }

    private static Interaction only(V4Pact pact) {
        assertThat(pact.getInteractions()).hasSize(1);
        return pact.getInteractions().get(0);
    }
}

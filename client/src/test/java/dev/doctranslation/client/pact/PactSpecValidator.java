package dev.doctranslation.client.pact;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Interaction;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a pact interaction against the contract, read from the {@code doctranslation-openapi}
 * artifact on the classpath, never from a copy. The validator's default levels are kept: unlike
 * the Pact adapter's lenient resolver, a missing required property is an error, because our
 * interactions carry whole bodies and a missing property there is drift.
 */
final class PactSpecValidator {
    static final String SPEC_RESOURCE = "/META-INF/openapi/document-translation.yaml";

    private final OpenApiInteractionValidator validator;

    private PactSpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static PactSpecValidator forTheContract() {
        return forSpec(SPEC_RESOURCE);
    }

    /** The validator of {@code version}'s own spec, as the openapi artifact ships it. */
    static PactSpecValidator forVersion(ServiceVersion version) {
        return forSpec("/" + version.specResource());
    }

    private static PactSpecValidator forSpec(String resource) {
        return new PactSpecValidator(OpenApiInteractionValidator.createForInlineApiSpecification(readSpec(resource)).build());
    }

    /**
     * The contract violations of one interaction, each as {@code "key: message"}; empty when it
     * keeps the contract. The request is the pact's example request: the placeholder key satisfies
     * the spec's apiKey scheme (only its presence is checked) and a provider-state path carries
     * its example id.
     */
    List<String> violations(Interaction interaction) {
        if (!(interaction instanceof V4Interaction.SynchronousHttp http)) {
            return List.of("pact.interaction.type: '" + interaction.getDescription()
                    + "' is not a synchronous HTTP interaction");
        }
        ValidationReport report = validator.validate(PactRequest.of(http.getRequest()), PactResponse.of(http.getResponse()));
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    private static String readSpec(String resource) {
        try (InputStream in = PactSpecValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath;"
                        + " the doctranslation-openapi artifact provides it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.mock.generated.model.Status;
import dev.doctranslation.mock.generated.model.StatusSummary;
import dev.doctranslation.mock.generated.model.TranslationStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
  * Checks one response of the mock against the contract, read from the openapi artifact on the
  * classpath. The one place that knows how: when the validator module lands, it replaces the body
  * of {@link #assertConforms} and nothing else.
  *
  * <ul>
  *   <li>A response of a spec operation with a status the operation declares: the Atlassian
  *       validator checks status, headers, content type and body ("raw"); a 200 body is also read
  *       into the generated model, unknown members refused, and the contract's invariants checked
  *       ("typed").
  *   <li>Any other error (unknown path, wrong method, oversized request, {@code /_states}
  *       mistakes): a 4xx (5xx only where a test asks for it) whose body is the contract's error
  *       shape, {@code TranslationErrorResponse}.
  * </ul>
  */
final class ContractCheck {

    static final String SPEC_RESOURCE = "/META-INF/openapi/document-translation.yaml";
    private static final Pattern OPERATION_PATH =
            Pattern.compile(Pattern.quote(MockServer.BASE_PATH) + "/batches/[^/]+");
    private static final Set<Status> TERMINAL =
            EnumSet.of(Status.SUCCEEDED, Status.FAILED, Status.CANCELLED, Status.VALIDATION_FAILED);
    private static final ObjectMapper STRICT =
            Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final OpenAPI API = parseSpec();
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(specText())
                    .withBasePathOverride(MockServer.BASE_PATH)
                    .build();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(API, new MessageResolver());

    private ContractCheck() {}

    /** The spec's text, from the openapi artifact on the classpath. */
    static String specText() {
        try (InputStream in = ContractCheck.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI parseSpec() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(specText(), null, options).getOpenAPI();
    }

    /** Fails the calling test if the response is one the contract does not allow. */
    static void assertConforms(String method, URI uri, HttpResponse<String> response) {
        String path = uri.getRawPath();
        int status = response.statusCode();
        Operation operation = operation(method, path);
        if (operation != null && operation.getResponses().containsKey(Integer.toString(status))) {
            assertOperationResponse(method, path, response);
            return;
        }
        if (method.equals("POST") && path.equals(MockServer.STATES_PATH) && status == 200) {
            assertThat(response.body()).as("provider-state answer").startsWith("{");
            return;
        }
        if (method.equals("GET") && path.equals(MockServer.STATES_PATH) && status == 200) {
            return;
        }
        assertThat(status).as("status of %s %s outside the contract's operations", method, path)
                .isBetween(400, 599);
        if (!method.equals("HEAD")) {
            assertErrorShape(response);
        }
    }

    /** Checks a body against the contract's error shape alone. */
    static ValidationReport errorShapeReport(String body) {
        return SCHEMAS.validate(
                body, API.getComponents().getSchemas().get("TranslationErrorResponse"), "response.body");
    }

    private static void assertErrorShape(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type of an error")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        failOnErrors(errorShapeReport(response.body()), response);
    }

    private static void assertOperationResponse(
            String method, String path, HttpResponse<String> response) {
        SimpleResponse.Builder raw =
                SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> raw.withHeader(name, values));
        failOnErrors(
                VALIDATOR.validateResponse(path, Request.Method.valueOf(method), raw.build()), response);
        if (response.statusCode() == 200) {
            assertInvariants(response.body());
        }
    }

    /** The typed check: the generated model reads the body, and the invariants hold. */
    static TranslationStatus assertInvariants(String body) {
        TranslationStatus status;
        try {
            status = STRICT.readValue(body, TranslationStatus.class);
        } catch (IOException e) {
            throw new AssertionError("a 200 body the generated model cannot read: " + body, e);
        }
        StatusSummary summary = status.getSummary();
        assertThat(summary.getTotal())
                .as("total = success + failed + inProgress + notYetStarted + cancelled in %s", body)
                .isEqualTo(
                        summary.getSuccess() + summary.getFailed() + summary.getInProgress()
                                + summary.getNotYetStarted() + summary.getCancelled());
        assertThat(status.getLastActionDateTimeUtc())
                .as("lastActionDateTimeUtc >= createdDateTimeUtc in %s", body)
                .isAfterOrEqualTo(status.getCreatedDateTimeUtc());
        if (TERMINAL.contains(status.getStatus())) {
            assertThat(List.of(summary.getInProgress(), summary.getNotYetStarted()))
                    .as("a terminal status has nothing in progress or waiting: %s", body)
                    .containsOnly(0);
        }
        return status;
    }

    private static void failOnErrors(ValidationReport report, HttpResponse<String> response) {
        if (report.hasErrors()) {
            String messages =
                    report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n  "));
            fail(
                    "Response breaks the contract:\n  %s\nstatus %d, body %s",
                    messages, response.statusCode(), response.body());
        }
    }

    private static Operation operation(String method, String path) {
        if (!OPERATION_PATH.matcher(path).matches()) {
            return null;
        }
        PathItem item = API.getPaths().get("/batches/{id}");
        Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
        try {
            return operations.get(PathItem.HttpMethod.valueOf(method));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

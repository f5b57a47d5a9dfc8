package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every named example of every response validates against its own schema. */
class ExamplesValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(SpecFiles.read(SpecFiles.YAML))
            .build();

    record Example(PathItem.HttpMethod method, String status, String name, Object value) {
        String displayName() {
            return method + " /batches/{id} " + status + " example '" + name + "'";
        }
    }

    private static List<Example> examples() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(SpecFiles.read(SpecFiles.YAML), null, options)
                .getOpenAPI();
        List<Example> found = new ArrayList<>();
        api.getPaths().get("/batches/{id}").readOperationsMap().forEach((method, operation) ->
                operation.getResponses().forEach((status, response) -> {
                    MediaType json = response.getContent().get("application/json");
                    json.getExamples().forEach((name, example) ->
                            found.add(new Example(method, status, name, example.getValue())));
                }));
        return found;
    }

    private static ValidationReport validate(PathItem.HttpMethod method, String status, String body) {
        SimpleResponse response = SimpleResponse.Builder.status(Integer.parseInt(status))
                .withContentType("application/json")
                .withBody(body)
                .build();
        return VALIDATOR.validateResponse(SpecFiles.BASE_PATH + "/batches/727bf148-f327-47a0-9481-abae6362f11e",
                Request.Method.valueOf(method.name()), response);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsValidAgainstItsSchema() {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(14);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.displayName(), () -> {
            ValidationReport report = validate(example.method(), example.status(),
                    JSON.writeValueAsString(example.value()));
            assertThat(report.getMessages()).as(example.displayName()).isEmpty();
        }));
    }

    @Test
    void everyResponseOfEveryOperationHasANamedExample() {
        assertThat(examples()).extracting(e -> e.method() + " " + e.status()).contains(
                "DELETE 200", "DELETE 400", "DELETE 401", "DELETE 404", "DELETE 429", "DELETE 500", "DELETE 503",
                "GET 200", "GET 400", "GET 401", "GET 404", "GET 429", "GET 500", "GET 503");
    }

    /** The check above can fail: a body that breaks the schema is reported. */
    @Test
    void aBodyThatBreaksTheSchemaIsReported() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue("""
                {"id": "727bf148-f327-47a0-9481-abae6362f11e",
                 "createdDateTimeUtc": "2020-03-26T00:00:00Z",
                 "lastActionDateTimeUtc": "2020-03-26T01:00:00Z",
                 "status": "Paused",
                 "summary": {"total": -1, "failed": 1, "success": 9, "inProgress": 0,
                             "notYetStarted": 0, "cancelled": 0}}
                """, Map.class);

        ValidationReport report = validate(PathItem.HttpMethod.DELETE, "200", JSON.writeValueAsString(body));

        assertThat(report.getMessages()).extracting(ValidationReport.Message::getMessage)
                .anySatisfy(m -> assertThat(m).contains("Paused"))
                .anySatisfy(m -> assertThat(m).contains("totalCharacterCharged"))
                .anySatisfy(m -> assertThat(m).contains("-1"));
    }

    @Test
    void anUndeclaredStatusIsReported() {
        ValidationReport report = validate(PathItem.HttpMethod.DELETE, "418", "{}");

        assertThat(report.hasErrors()).isTrue();
    }
}

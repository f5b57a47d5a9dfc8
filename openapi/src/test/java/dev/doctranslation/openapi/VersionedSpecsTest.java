package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every version's spec, not only the preview's: it parses cleanly, its JSON twin says the same,
 * both operations are there with the statuses the kit relies on, every example validates, the
 * jar ships it, and what the versions share has not drifted apart. (The preview's own tests,
 * SpecParsesTest and ExamplesValidateTest, keep checking it as before.)
 */
class VersionedSpecsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SwaggerParseResult parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(SpecFiles.read(file), null, options);
    }

    @Test
    void everySpecFileInTheModuleIsAPublishedVersion() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("."))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("document-translation") && n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(files).as("spec files in the module; each needs a PublishedSpec entry (and a ServiceVersion)")
                .isEqualTo(PublishedSpec.all().stream().map(PublishedSpec::file).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void parsesWithoutAnyMessageAndNamesItsVersion(PublishedSpec spec) {
        SwaggerParseResult result = parse(spec.yaml());

        assertThat(result.getMessages()).as(spec.file()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getInfo().getVersion()).as("info.version of %s", spec.file()).isEqualTo(spec.id());
    }

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void bundledJsonTwinDescribesTheSameApi(PublishedSpec spec) {
        SwaggerParseResult json = parse(spec.json());

        assertThat(json.getMessages()).as(spec.json().toString()).isEmpty();
        assertThat(SpecParsesTest.outline(json.getOpenAPI())).isEqualTo(SpecParsesTest.outline(parse(spec.yaml()).getOpenAPI()));
    }

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void theJarShipsTheSpecAndItsTwinUnderMetaInfOpenapi(PublishedSpec spec) throws IOException {
        Path shipped = Path.of("target/classes/META-INF/openapi");

        assertThat(shipped.resolve(spec.file())).as("the jar's copy of %s", spec.file()).hasSameTextualContentAs(spec.yaml());
        assertThat(shipped.resolve(spec.json().getFileName())).as("the jar's JSON twin of %s", spec.file())
                .hasSameTextualContentAs(spec.json());
    }

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void declaresBothOperationsWithTheStatusesTheKitRelievesOn(PublishedSpec spec) {
        PathItem path = parse(spec.yaml()).getOpenAPI().getPaths().get("/batches/{id}");

        assertThat(path.getDelete().getOperationId()).isEqualTo("cancelTranslation");
        assertThat(path.getGet().getOperationId()).isEqualTo("getTranslationStatus");
        for (var operation : List.of(path.getDelete(), path.getGet())) {
            assertThat(operation.getResponses()).as("%s %s", spec.file(), operation.getOperationId())
                    .containsKeys("200", "400", "401", "404", "429", "500", "503");
            assertThat(operation.getResponses().get("429").getHeaders()).containsKey("Retry-After");
            assertThat(operation.getResponses().get("503").getHeaders()).containsKey("Retry-After");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryVersionValidatesAgainstItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PublishedSpec spec : PublishedSpec.all()) {
            OpenAPI api = parse(spec.yaml()).getOpenAPI();
            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(SpecFiles.read(spec.yaml())).build();
            String basePath = URI.create(api.getServers().get(0).getUrl().replace("{customDomain}", "host")).getPath();
            api.getPaths().get("/batches/{id}").readOperationsMap().forEach((method, operation) ->
                    operation.getResponses().forEach((status, response) -> {
                        MediaType json = response.getContent().get("application/json");
                        json.getExamples().forEach((name, example) -> tests.add(DynamicTest.dynamicTest(
                                spec.id() + " " + method + " " + status + " '" + name + "'", () -> {
                                    SimpleResponse answer = SimpleResponse.Builder
                                            .status(status.equals("default") ? 418 : Integer.parseInt(status))
                                            .withContentType("application/json")
                                            .withBody(JSON.writeValueAsString(example.getValue())).build();
                                    ValidationReport report = validator.validateResponse(
                                            basePath + "/batches/727bf148-f327-47a0-9481-abae6362f11e",
                                            Request.Method.valueOf(method.name()), answer);
                                    assertThat(report.getMessages()).as(spec.id() + " example " + name).isEmpty();
                                })));
                    }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4 * 14);
        return tests.stream();
    }

    /**
     * The versions are separate files (every consumer reads a spec's text from the jar, with no base
     * location to resolve an external $ref from), so what they share is compared here instead: a
     * component of the preview is repeated unchanged in every v1.x document, apart from the status
     * schema each version extends; 2024-05-01 repeats the status's parts. A fix made in one copy
     * and not the others fails here.
     */
    @Test
    void sharedComponentsAreIdenticalAcrossVersions() throws IOException {
        JsonNode preview = components(PublishedSpec.V1_0_PREVIEW_1);
        List<String> drifted = new ArrayList<>();
        for (PublishedSpec spec : List.of(PublishedSpec.V1_0, PublishedSpec.V1_1)) {
            compare(preview, components(spec), spec, Set.of("schemas/TranslationStatus"), drifted);
        }
        JsonNode v2024 = components(PublishedSpec.V2024_05_01);
        for (String shared : List.of("schemas/Status", "schemas/StatusSummary", "schemas/TranslationErrorCode",
                "schemas/InnerTranslationError", "headers/RetryAfter", "headers/RateLimitReset",
                "parameters/OperationId/schema")) {
            if (!preview.at("/" + shared).equals(v2024.at("/" + shared))) {
                drifted.add("2024-05-01 " + shared);
            }
        }
        if (!components(PublishedSpec.V1_0).at("/headers/ETag").equals(v2024.at("/headers/ETag"))) {
            drifted.add("2024-05-01 headers/ETag (against v1.0)");
        }
        assertThat(drifted).as("components that differ from the preview's copy").isEmpty();
    }

    private static void compare(JsonNode preview, JsonNode other, PublishedSpec spec, Set<String> extended, List<String> drifted) {
        preview.fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(component -> {
            String name = section.getKey() + "/" + component.getKey();
            if (!extended.contains(name) && !component.getValue().equals(other.path(section.getKey()).path(component.getKey()))) {
                drifted.add(spec.id() + " " + name);
            }
        }));
    }

    private static JsonNode components(PublishedSpec spec) throws IOException {
        return YAML.readTree(spec.yaml().toFile()).path("components");
    }

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void everyVersionHasABreakingChangeBaseline(PublishedSpec spec) {
        assertThat(spec.baseline()).as("baseline of %s", spec.id()).isRegularFile();
    }
}

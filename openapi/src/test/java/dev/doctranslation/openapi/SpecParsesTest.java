package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SpecParsesTest {

    private static SwaggerParseResult parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(SpecFiles.read(file), null, options);
    }

    @Test
    void handWrittenSpecParsesWithoutAnyMessage() {
        SwaggerParseResult result = parse(SpecFiles.YAML);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void bundledJsonTwinParsesAndDescribesTheSameApi() {
        SwaggerParseResult yaml = parse(SpecFiles.YAML);
        SwaggerParseResult json = parse(SpecFiles.JSON);

        assertThat(json.getMessages()).isEmpty();
        assertThat(outline(json.getOpenAPI())).isEqualTo(outline(yaml.getOpenAPI()));
    }

    /**
     * What a reader of either form relies on: operations, their status codes and headers, and each
     * schema's properties, required names and enum values. (The bundler inlines references and
     * reorders required lists, so the two documents are not equal node for node.)
     */
    static Map<String, Object> outline(OpenAPI api) {
        Map<String, Object> outline = new TreeMap<>();
        outline.put("version", api.getInfo().getVersion());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                op.getResponses().forEach((status, response) -> outline.put(
                        method + " " + path + " " + op.getOperationId() + " " + status,
                        response.getHeaders() == null ? Set.of() : new TreeSet<>(response.getHeaders().keySet())))));
        api.getComponents().getSchemas().forEach((name, schema) -> {
            outline.put(name + ".properties", schema.getProperties() == null
                    ? Set.of() : new TreeSet<>(schema.getProperties().keySet()));
            outline.put(name + ".required", schema.getRequired() == null
                    ? Set.of() : new TreeSet<>(schema.getRequired()));
            outline.put(name + ".enum", schema.getEnum() == null ? List.of() : List.copyOf(schema.getEnum()));
        });
        return outline;
    }

    @Test
    void declaresBothOperationsWithTheirStatusCodes() {
        OpenAPI api = parse(SpecFiles.YAML).getOpenAPI();
        var path = api.getPaths().get("/batches/{id}");

        assertThat(path.getDelete().getOperationId()).isEqualTo("cancelTranslation");
        assertThat(path.getDelete().getResponses())
                .containsOnlyKeys("200", "400", "401", "404", "429", "500", "503");
        assertThat(path.getGet().getOperationId()).isEqualTo("getTranslationStatus");
        assertThat(path.getGet().getResponses())
                .containsOnlyKeys("200", "400", "401", "404", "429", "500", "503");
        assertThat(path.getDelete().getResponses().get("429").getHeaders()).containsKey("Retry-After");
        assertThat(path.getDelete().getResponses().get("503").getHeaders()).containsKey("Retry-After");
    }
}

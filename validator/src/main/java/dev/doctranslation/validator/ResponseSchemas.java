package dev.doctranslation.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.KeywordFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.UnknownKeywordFactory;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declared responses of every operation, with their body and header schemas compiled once by
 * the networknt engine (OpenAPI 3.0 dialect). Compiling once is the point: validating an answer is
 * then a walk of the body's tree, where the library used before rebuilt its view of the contract
 * and parsed the body again on every answer.
 *
 * <p>Every object schema that does not say otherwise is closed ({@code additionalProperties:
 * false}) before compiling, so that an undeclared property is found and can be reported as
 * {@code body.unknown-property}, the SHOULD rule. The contract's schemas use no {@code allOf}, which
 * closing would break.
 */
final class ResponseSchemas {
    /** The in-memory document's id; never fetched, since the engine's default loaders are removed. */
    private static final String DOCUMENT_IRI = "https://contract.doctranslation.invalid/document-translation.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths",
            "webhooks", "components", "security", "tags", "externalDocs");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "not", "additionalProperties");

    /** A declared header: its name as the contract spells it, its compiled schema, whether its values are strings. */
    record Header(String name, JsonSchema schema, boolean textual) {}

    /** One declared response: the body's schema (null when none is declared) and its headers by lower-case name. */
    record Response(JsonSchema body, Map<String, Header> headers) {}

    private final Map<String, Map<String, Response>> byOperation = new LinkedHashMap<>();

    ResponseSchemas(String yaml) {
        ObjectNode document = readYaml(yaml);
        closeObjectSchemas(document.path("components").path("schemas"));
        JsonMetaSchema dialect = openApi30WithExtensions();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.values(List::clear).schemas(Map.of(DOCUMENT_IRI, document.toString()))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)   // OpenAPI formats (uuid, date-time) are rules of the contract
                .build();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().hasNonNull("operationId")) {
                String pointer = "/paths/" + escape(path.getKey()) + "/" + op.getKey() + "/responses";
                Map<String, Response> responses = new LinkedHashMap<>();
                op.getValue().path("responses").fields().forEachRemaining(r -> responses.put(r.getKey(),
                        response(document, factory, config, pointer + "/" + escape(r.getKey()))));
                byOperation.put(op.getValue().get("operationId").asText(), Map.copyOf(responses));
            }
        }));
    }

    /**
     * OpenAPI 3.0, with its {@code x-} extensions (the contract's {@code x-contract-decision} notes
     * and the like) and the OpenAPI document's own fields (the engine reads the whole document as the
     * schemas' root) known to carry no rule: the engine would otherwise log a warning for each, in
     * every application that shares this validator. Any other unknown keyword still gets its warning.
     */
    private static JsonMetaSchema openApi30WithExtensions() {
        KeywordFactory unknown = UnknownKeywordFactory.getInstance();
        return JsonMetaSchema.builder(OpenApi30.getInstance())
                .unknownKeywordFactory((keyword, context) -> keyword.startsWith("x-") || DOCUMENT_FIELDS.contains(keyword)
                        ? new NonValidationKeyword(keyword) : unknown.getKeyword(keyword, context))
                .build();
    }

    /** The declared response of an operation for a status, when the contract declares one. */
    Optional<Response> response(String operationId, String status) {
        return Optional.ofNullable(byOperation.getOrDefault(operationId, Map.of()).get(status));
    }

    private static Response response(JsonNode document, JsonSchemaFactory factory, SchemaValidatorsConfig config,
            String pointer) {
        String at = followRef(document, pointer);
        JsonNode response = document.at(at);
        JsonSchema body = null;
        if (response.path("content").has("application/json")) {
            body = compile(factory, config, followRef(document, at + "/content/" + escape("application/json") + "/schema"));
        }
        Map<String, Header> headers = new LinkedHashMap<>();
        Iterator<String> names = response.path("headers").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String header = followRef(document, at + "/headers/" + escape(name));
            String schema = followRef(document, header + "/schema");
            boolean textual = "string".equals(document.at(schema).path("type").asText("string"));
            headers.put(name.toLowerCase(Locale.ROOT), new Header(name, compile(factory, config, schema), textual));
        }
        return new Response(body, Map.copyOf(headers));
    }

    private static JsonSchema compile(JsonSchemaFactory factory, SchemaValidatorsConfig config, String pointer) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer), config);
        schema.initializeValidators();   // now, not lazily on the first answer
        return schema;
    }

    /** The pointer a node's local {@code $ref} leads to (followed until a node without one), or the pointer itself. */
    private static String followRef(JsonNode document, String pointer) {
        String at = pointer;
        for (int hops = 0; hops < 16; hops++) {
            String ref = document.at(at).path("$ref").asText("");
            if (!ref.startsWith("#/")) {
                return at;
            }
            at = ref.substring(1);
        }
        throw new IllegalStateException("the contract's $ref chain at " + pointer + " does not end");
    }

    /**
     * Adds {@code additionalProperties: false} to every object schema that declares properties and
     * says nothing about others, at any depth. What the library used before did, with its
     * additional-properties check on.
     */
    static void closeObjectSchemas(JsonNode schemas) {
        schemas.elements().forEachRemaining(ResponseSchemas::close);
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object) || object.has("$ref")) {
            return;
        }
        if ((object.has("properties") || "object".equals(object.path("type").asText())) && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        object.fields().forEachRemaining(keyword -> {
            if (SCHEMA_MAPS.contains(keyword.getKey())) {
                keyword.getValue().elements().forEachRemaining(ResponseSchemas::close);
            } else if (SCHEMA_LISTS.contains(keyword.getKey())) {
                keyword.getValue().elements().forEachRemaining(ResponseSchemas::close);
            } else if (SCHEMA_VALUES.contains(keyword.getKey())) {
                close(keyword.getValue());
            }
        });
    }

    private static ObjectNode readYaml(String yaml) {
        try {
            return (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract as YAML", e);
        }
    }

    /** One JSON-pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}

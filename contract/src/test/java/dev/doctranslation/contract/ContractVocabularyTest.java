package dev.doctranslation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.models.AzureCoreError;
import dev.doctranslation.contract.models.AzureCoreErrorResponse;
import dev.doctranslation.contract.models.AzureCoreInnerError;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import dev.doctranslation.contract.models.TranslationStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written vocabulary agrees with the spec it stands for: a fact changed in the spec and
 * not here (or the other way round) fails this test, not a user's build.
 */
class ContractVocabularyTest {
    /** Unpacked from the openapi artifact by this module's build (unpack-spec). */
    private static final String SPEC = "target/openapi-spec/META-INF/openapi/document-translation.yaml";
    private static OpenAPI spec;

    @BeforeAll
    static void parse() {
        spec = new OpenAPIV3Parser().read(SPEC);
        assertThat(spec).as("the spec at %s", SPEC).isNotNull();
    }

    @Test
    void theTerminalSetIsWhatTheSpecMarksTerminal() {
        String description = spec.getComponents().getSchemas().get("Status").getDescription();
        Matcher marked = Pattern.compile("`(\\w+)`:[^\\n]*\\(terminal\\)").matcher(description);
        Set<Status> terminal = new java.util.HashSet<>();
        while (marked.find()) {
            terminal.add(Status.fromValue(marked.group(1)));
        }
        assertThat(terminal).hasSize(4).doesNotContain(Status.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(Statuses.TERMINAL).isEqualTo(terminal);
        assertThat(Arrays.stream(Status.values()).filter(Statuses::isTerminal).collect(Collectors.toSet()))
                .isEqualTo(terminal);
        assertThat(Statuses.isTerminal(null)).isFalse();
    }

    @Test
    void theTerminalSetCannotBeChanged() {
        assertThatThrownBy(() -> Statuses.TERMINAL.add(Status.RUNNING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void thePageSpellingReadsAsTheWireValueAndUnknownValuesStayReadable() throws Exception {
        assertThat(Statuses.read("Canceled")).isEqualTo(Status.CANCELLED);
        assertThat(Statuses.read("Cancelled")).isEqualTo(Status.CANCELLED);
        assertThat(Statuses.read("Paused")).isEqualTo(Status.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(Statuses.read(null)).isNull();
        assertThat(Statuses.isPageSpelling("Canceled")).isTrue();
        assertThat(Statuses.isPageSpelling("Cancelled")).isFalse();

        TranslationStatus read = ContractJson.newMapper().readValue("""
                {"id": "727BF148-F327-47A0-9481-ABAE6362F11E", "createdDateTimeUtc": "2020-03-26T00:00:00Z",
                 "lastActionDateTimeUtc": "2020-03-26T01:00:00+02:00", "status": "Canceled", "extra": 1,
                 "summary": {"total": 1, "failed": 0, "success": 0, "inProgress": 0, "notYetStarted": 0,
                             "cancelled": 1, "totalCharacterCharged": 3000000000}}""", TranslationStatus.class);
        assertThat(read.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(read.getLastActionDateTimeUtc().getOffset().getTotalSeconds()).as("offset kept as sent").isEqualTo(7200);
        assertThat(read.getSummary().getTotalCharacterCharged()).isEqualTo(3_000_000_000L);
    }

    @Test
    void headerNamesAreTheSpecsAndLookupIgnoresLetterCase() {
        assertThat(spec.getComponents().getSecuritySchemes().get("subscriptionKey").getName())
                .isEqualTo(ContractHeaders.SUBSCRIPTION_KEY);
        assertThat(spec.getComponents().getResponses().values().stream()
                .filter(r -> r.getHeaders() != null).flatMap(r -> r.getHeaders().keySet().stream()))
                .contains(ContractHeaders.RETRY_AFTER);

        Map<String, List<String>> headers = Map.of("retry-AFTER", List.of("7"), "X-Empty", List.of());
        assertThat(ContractHeaders.first(headers, ContractHeaders.RETRY_AFTER)).contains("7");
        assertThat(ContractHeaders.first(headers, "x-empty")).isEmpty();
        assertThat(ContractHeaders.first(headers, "absent")).isEmpty();
    }

    @Test
    void theApiPathIsTheSpecsServerPath() {
        String server = spec.getServers().get(0).getUrl().replace("{customDomain}", "example.invalid");
        assertThat(URI.create(server).getPath()).isEqualTo(ServiceEndpoint.API_PATH);
    }

    @Test
    void endpointsGetTheApiPathOnceAndWhatCannotWorkIsRefusedByName() {
        assertThat(ServiceEndpoint.apiBase("https://my.cognitiveservices.azure.com/", false))
                .hasToString("https://my.cognitiveservices.azure.com" + ServiceEndpoint.API_PATH);
        assertThat(ServiceEndpoint.apiBase("http://127.0.0.1:8080" + ServiceEndpoint.API_PATH, false))
                .hasToString("http://127.0.0.1:8080" + ServiceEndpoint.API_PATH);
        assertThatThrownBy(() -> ServiceEndpoint.apiBase("https://api.cognitive.microsofttranslator.com", false))
                .hasMessageContaining("global Translator endpoint").hasMessageContaining("custom domain");
        assertThatThrownBy(() -> ServiceEndpoint.apiBase("http://example.com", false))
                .hasMessageContaining("http://example.com").hasMessageContaining("use https");
        assertThat(ServiceEndpoint.apiBase("http://example.com", true).getScheme()).isEqualTo("http");
    }

    @Test
    void redactionTakesOutTheKeyWhereverItStands() {
        String key = "a-secret-key-0123";
        assertThat(Redaction.redact("sent a-secret-key-0123 twice: a-secret-key-0123", key))
                .isEqualTo("sent [redacted] twice: [redacted]");
        assertThat(Redaction.redact("nothing", "")).isEqualTo("nothing");
        assertThat(Redaction.redact(null, key)).isNull();
        assertThat(Redaction.redact("x", () -> { throw new IllegalStateException("no key"); })).isEqualTo("x");
        assertThat(Redaction.mentionsKey(new RuntimeException("outer", new IllegalStateException("has " + key)), () -> key))
                .isTrue();
        assertThat(Redaction.mentionsKey(new RuntimeException("clean"), () -> key)).isFalse();
    }

    @Test
    void everyProviderStateNameIsListedOnce() {
        assertThat(ProviderStates.NAMES).doesNotHaveDuplicates().hasSize(5)
                .contains(ProviderStates.OPERATION_EXISTS, ProviderStates.NO_OPERATION_EXISTS,
                        ProviderStates.REQUESTS_THROTTLED, ProviderStates.SERVICE_UNAVAILABLE, ProviderStates.RESPONSES_SLOW);
    }

    // ---------------------------------------------------------------- ServiceVersion against each spec

    /** Every spec the openapi artifact ships, unpacked by this module's build. */
    private static final Path SPEC_DIR = Path.of("target/openapi-spec");

    private static OpenAPI specOf(ServiceVersion version) {
        Path file = SPEC_DIR.resolve(version.specResource());
        assertThat(file).as("%s's spec %s, unpacked from the openapi artifact", version, version.specResource()).isRegularFile();
        return new OpenAPIV3Parser().read(file.toString());
    }

    @Test
    void everySpecTheOpenapiArtifactShipsIsAServiceVersion() throws IOException {
        Set<String> shipped;
        try (Stream<Path> files = Files.list(SPEC_DIR.resolve("META-INF/openapi"))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(shipped).isEqualTo(ServiceVersion.all().stream().map(ServiceVersion::specFile)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void idPreviewAndApiPathAreTheSpecs(ServiceVersion version) {
        OpenAPI api = specOf(version);
        String server = api.getServers().get(0).getUrl().replace("{customDomain}", "example.invalid");

        assertThat(api.getInfo().getVersion()).as("info.version of %s", version.specFile()).isEqualTo(version.id());
        assertThat(URI.create(server).getPath()).as("server path of %s", version.specFile()).isEqualTo(version.apiPath());
        assertThat(version.isPreview()).isEqualTo(version.id().contains("preview"));
        assertThat(ServiceVersion.fromId(version.id().toUpperCase(java.util.Locale.ROOT))).isSameAs(version);
    }

    /** The api-version query parameter: required, with the version's value as its only value and its default, or absent. */
    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void apiVersionParameterIsTheSpecs(ServiceVersion version) {
        OpenAPI api = specOf(version);
        for (Operation operation : operations(api)) {
            List<Parameter> query = parameters(api, operation).stream()
                    .filter(p -> p instanceof QueryParameter || "query".equals(p.getIn())).toList();
            String as = version.specFile() + " " + operation.getOperationId();
            if (version.apiVersionQuery().isEmpty()) {
                assertThat(query).as("query parameters of %s", as).isEmpty();
                assertThat(version.operationPath("ID")).isEqualTo(version.apiPath() + "/batches/ID");
            } else {
                String value = version.apiVersionQuery().get();
                assertThat(query).as("query parameters of %s", as).singleElement().satisfies(p -> {
                    assertThat(p.getName()).isEqualTo(ServiceVersion.API_VERSION_PARAMETER);
                    assertThat(p.getRequired()).isTrue();
                    assertThat(p.getSchema().getEnum()).containsExactly(value);
                    assertThat(p.getSchema().getDefault()).isEqualTo(value);
                });
                assertThat(version.operationPath("ID"))
                        .isEqualTo(version.apiPath() + "/batches/ID?" + ServiceVersion.API_VERSION_PARAMETER + "=" + value);
                assertThat(version.operationUri(URI.create("https://r.example" + version.apiPath()), "ID"))
                        .hasToString("https://r.example" + version.operationPath("ID"));
            }
        }
    }

    /** The key is always an alternative; a bearer token is one exactly where acceptsBearerToken says. */
    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void securitySchemesAreTheSpecs(ServiceVersion version) {
        OpenAPI api = specOf(version);
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        for (Operation operation : operations(api)) {
            Set<String> alternatives = operation.getSecurity().stream().flatMap(r -> r.keySet().stream()).collect(Collectors.toSet());
            assertThat(operation.getSecurity()).as("each alternative is one scheme").allSatisfy(r -> assertThat(r).hasSize(1));
            assertThat(alternatives.stream().map(schemes::get)).as("%s %s", version.specFile(), operation.getOperationId())
                    .anySatisfy(s -> {
                        assertThat(s.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
                        assertThat(s.getName()).isEqualTo(ContractHeaders.SUBSCRIPTION_KEY);
                    });
            boolean bearer = alternatives.stream().map(schemes::get).anyMatch(s -> s.getType() == SecurityScheme.Type.OAUTH2
                    || s.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(s.getScheme()));
            assertThat(bearer).as("%s %s offers a bearer token", version.specFile(), operation.getOperationId())
                    .isEqualTo(version.acceptsBearerToken());
        }
        if (version.acceptsBearerToken()) {
            assertThat(schemes.values().stream().filter(s -> s.getType() == SecurityScheme.Type.OAUTH2))
                    .anySatisfy(s -> assertThat(s.getFlows().getAuthorizationCode().getScopes())
                            .containsKey("https://cognitiveservices.azure.com/.default"));
        }
    }

    /** Every error answer's body is the version's envelope; Azure Core's also carries x-ms-error-code. */
    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void errorEnvelopeIsTheSpecs(ServiceVersion version) {
        OpenAPI api = specOf(version);
        String envelope = version.errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE
                ? "AzureCoreErrorResponse" : "TranslationErrorResponse";
        for (Operation operation : operations(api)) {
            operation.getResponses().forEach((status, reference) -> {
                if (status.startsWith("2")) {
                    return;
                }
                ApiResponse response = resolve(api, reference);
                String as = version.specFile() + " " + operation.getOperationId() + " " + status;
                assertThat(response.getContent().get("application/json").getSchema().get$ref()).as(as)
                        .endsWith("/" + envelope);
                if (version.errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE) {
                    assertThat(response.getHeaders()).as(as).containsKey("x-ms-error-code");
                }
            });
            assertThat(operation.getResponses().containsKey("default")).as("%s %s declares a default error",
                    version.specFile(), operation.getOperationId())
                    .isEqualTo(version.errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE);
        }
    }

    /**
     * The one model set is generated from the specs (never written by hand): every generated class
     * is a schema of a version's spec, with that schema's JSON property names.
     */
    @Test
    void theModelsAreTheSchemasOfTheSpecs() throws Exception {
        OpenAPI v11 = specOf(ServiceVersion.V1_1);
        OpenAPI v2024 = specOf(ServiceVersion.V2024_05_01);
        Map<Class<?>, OpenAPI> source = Map.of(TranslationStatus.class, v11, StatusSummary.class, v11,
                TranslationErrorResponse.class, v11, TranslationError.class, v11, InnerTranslationError.class, v11,
                AzureCoreErrorResponse.class, v2024, AzureCoreError.class, v2024, AzureCoreInnerError.class, v2024);
        for (var entry : source.entrySet()) {
            Schema<?> schema = entry.getValue().getComponents().getSchemas().get(entry.getKey().getSimpleName());
            assertThat(schema).as("schema %s", entry.getKey().getSimpleName()).isNotNull();
            assertThat(jsonNames(entry.getKey())).as("JSON properties of %s", entry.getKey().getSimpleName())
                    .isEqualTo(new TreeSet<>(schema.getProperties().keySet()));
        }
        assertThat(Arrays.stream(TranslationErrorCode.values()).map(TranslationErrorCode::getValue))
                .containsAll(v11.getComponents().getSchemas().get("TranslationErrorCode").getEnum().stream().map(String::valueOf).toList());
    }

    @Test
    void theOneTranslationStatusReadsEveryVersionsStatus() throws Exception {
        var mapper = ContractJson.newMapper();
        String v10 = """
                {"id": "727bf148-f327-47a0-9481-abae6362f11e", "createdDateTimeUtc": "2024-06-03T09:00:00Z",
                 "lastActionDateTimeUtc": "2024-06-03T09:12:00Z", "status": "Failed",
                 "error": {"code": "InternalServerError", "message": "Translation failed.", "innerError":
                           {"code": "DocumentFailed", "message": "All documents failed."}},
                 "summary": {"total": 1, "failed": 1, "success": 0, "inProgress": 0, "notYetStarted": 0,
                             "cancelled": 0, "totalCharacterCharged": 0}}""";
        String v11 = v10.replace("\"status\": \"Failed\",", "\"status\": \"Failed\", \"@failedDocumentStatusLink\":"
                + " \"https://r.cognitiveservices.azure.com/translator/text/batch/v1.1/batches/727bf148-f327-47a0-9481-abae6362f11e/documents?statuses=Failed\",");

        TranslationStatus oldStatus = mapper.readValue(v10, TranslationStatus.class);
        TranslationStatus newStatus = mapper.readValue(v11, TranslationStatus.class);
        TranslationStatus nullLink = mapper.readValue(v10.replace("\"status\": \"Failed\",",
                "\"status\": \"Failed\", \"@failedDocumentStatusLink\": null,"), TranslationStatus.class);

        assertThat(oldStatus.getFailedDocumentStatusLink()).isNull();
        assertThat(oldStatus.getError().getCode()).isEqualTo(TranslationErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(oldStatus.getError().getInnerError().getCode()).isEqualTo("DocumentFailed");
        assertThat(newStatus.getFailedDocumentStatusLink()).hasPath(
                "/translator/text/batch/v1.1/batches/727bf148-f327-47a0-9481-abae6362f11e/documents").hasQuery("statuses=Failed");
        assertThat(nullLink.getFailedDocumentStatusLink()).isNull();
        assertThat(mapper.writeValueAsString(newStatus)).contains("\"@failedDocumentStatusLink\":\"https://r.cognitiveservices");
    }

    @Test
    void theAzureCoreModelsReadTheEnvelopeWithDetailsAndNestedInnerErrors() throws Exception {
        AzureCoreErrorResponse read = ContractJson.newMapper().readValue("""
                {"error": {"code": "InvalidRequest", "message": "The request is invalid.", "target": "request",
                           "details": [{"code": "InvalidArgument", "message": "Bad api-version.", "target": "api-version"}],
                           "innererror": {"code": "UnsupportedApiVersion", "innererror": {"code": "Deeper"}},
                           "extra": true}}""", AzureCoreErrorResponse.class);

        assertThat(read.getError().getCode()).isEqualTo("InvalidRequest");
        assertThat(read.getError().getTarget()).isEqualTo("request");
        assertThat(read.getError().getDetails()).singleElement().satisfies(d -> {
            assertThat(d.getCode()).isEqualTo("InvalidArgument");
            assertThat(d.getTarget()).isEqualTo("api-version");
        });
        assertThat(read.getError().getInnererror().getCode()).isEqualTo("UnsupportedApiVersion");
        assertThat(read.getError().getInnererror().getInnererror().getCode()).isEqualTo("Deeper");
    }

    private static List<Operation> operations(OpenAPI api) {
        PathItem path = api.getPaths().get("/batches/{id}");
        assertThat(path).as("path /batches/{id}").isNotNull();
        return List.of(path.getDelete(), path.getGet());
    }

    /** The operation's parameters with the path's, references resolved. */
    private static List<Parameter> parameters(OpenAPI api, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        PathItem path = api.getPaths().get("/batches/{id}");
        if (path.getParameters() != null) {
            all.addAll(path.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all.stream().map(p -> p.get$ref() == null ? p
                : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .distinct().toList();
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        return response.get$ref() == null ? response
                : api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }

    /** The values of a generated model's JSON_PROPERTY_* constants: the JSON names it reads and writes. */
    private static Set<String> jsonNames(Class<?> model) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : model.getFields()) {
            if (field.getName().startsWith("JSON_PROPERTY_") && Modifier.isStatic(field.getModifiers())) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}

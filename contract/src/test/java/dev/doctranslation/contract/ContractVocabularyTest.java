package dev.doctranslation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}

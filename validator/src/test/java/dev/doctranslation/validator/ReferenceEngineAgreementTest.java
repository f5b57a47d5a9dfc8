package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema engine the validator uses (networknt, compiled once) against the one it used before
 * (Atlassian's swagger-request-validator, configured as it was: unknown properties on, as
 * warnings): for every answer of {@code exchanges.tsv} and for variations the file does not hold
 * (other keywords, other depths, other headers), both must find the same schema rules at the same
 * paths. So the swap of engines cannot change a verdict unnoticed.
 */
class ReferenceEngineAgreementTest {
    private static final Path EXCHANGES = Path.of("src/test/resources/exchanges");
    private static final Set<Rule> SCHEMA_RULES = Set.of(Rule.BODY_SCHEMA, Rule.BODY_UNKNOWN_PROPERTY, Rule.HEADER_SCHEMA);
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private static final ContractSpec SPEC = ContractSpec.fromClasspath();
    private static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();
    private static final OpenApiInteractionValidator REFERENCE = OpenApiInteractionValidator
            .createForInlineApiSpecification(SPEC.yaml())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.WARN)
                    .build())
            .build();

    record Answer(String name, String operation, int status, Map<String, List<String>> headers, byte[] body) {}

    @TestFactory
    Stream<DynamicTest> bothEnginesFindTheSameSchemaRulesAtTheSamePaths() throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (ExchangeCasesTest.Case c : ExchangeCasesTest.cases()) {
            answers.add(new Answer(c.name(), c.operation(), c.status(), c.headerMap(), Files.readAllBytes(EXCHANGES.resolve(c.file()))));
        }
        answers.addAll(variations());
        return answers.stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            Set<String> ours = new TreeSet<>();
            VALIDATOR.validateExchange(a.operation(), a.status(), a.headers(), a.body()).stream()
                    .filter(v -> SCHEMA_RULES.contains(v.rule()))
                    .forEach(v -> ours.add(v.ruleId() + " " + v.path()));

            assertThat(ours).as("networknt (left) against Atlassian").isEqualTo(reference(a));
        }));
    }

    /** Answers beyond the file's, each breaking (or keeping) the schema in a way the file does not. */
    private static List<Answer> variations() throws IOException {
        List<Answer> list = new ArrayList<>();
        list.add(status("a negative charge", s -> ((ObjectNode) s.get("summary")).put("totalCharacterCharged", -5)));
        list.add(status("a count past int32", s -> ((ObjectNode) s.get("summary")).put("failed", 3_000_000_000L)));
        list.add(status("a fractional count", s -> ((ObjectNode) s.get("summary")).put("failed", 1.5)));
        list.add(status("status as a number", s -> s.put("status", 5)));
        list.add(status("an upper-case id", s -> s.put("id", "727BF148-F327-47A0-9481-ABAE6362F11E")));
        list.add(status("an id of 40 characters", s -> s.put("id", "727bf148-f327-47a0-9481-abae6362f11e-abc")));
        list.add(status("a date-time with an offset", s -> s.put("createdDateTimeUtc", "2020-03-26T00:00:00+01:00")));
        list.add(status("a date without a time", s -> s.put("createdDateTimeUtc", "2020-03-26")));
        list.add(status("summary as a string", s -> s.put("summary", "ten")));
        list.add(status("a null status", s -> s.putNull("status")));
        list.add(status("two unknown properties at two depths",
                s -> ((ObjectNode) s.put("etag", "x").get("summary")).put("pending", 1)));
        list.add(error("a string detail that is a number", e -> ((ObjectNode) e.with("innerError").put("code", "C")
                .put("message", "m").with("details")).put("attempt", 3)));
        list.add(error("an unknown property in innerError", e -> e.with("innerError").put("code", "C").put("message", "m")
                .put("retryable", true)));
        list.add(error("an innerError without a message", e -> e.with("innerError").put("code", "C")));
        list.add(error("a target past 1024 characters", e -> e.put("target", "t".repeat(1025))));
        list.add(new Answer("an array body", "getTranslationStatus", 200, JSON, "[]".getBytes(StandardCharsets.UTF_8)));
        list.add(new Answer("a string body", "cancelTranslation", 500, JSON, "\"oops\"".getBytes(StandardCharsets.UTF_8)));
        byte[] page = Files.readAllBytes(EXCHANGES.resolve("page-200-example.json"));
        byte[] throttled = Files.readAllBytes(EXCHANGES.resolve("throttled.json"));
        for (String[] h : new String[][] {{"RateLimit-Limit", "abc"}, {"RateLimit-Limit", "-1"}, {"RateLimit-Limit", "10"},
                {"Access-Control-Allow-Origin", "*"}, {"Access-Control-Allow-Origin", "ftp://x"}, {"X-Not-Declared", "any"}}) {
            list.add(new Answer(h[0] + ": " + h[1], "cancelTranslation", 200,
                    Map.of("Content-Type", List.of("application/json"), h[0], List.of(h[1])), page));
        }
        for (String retryAfter : List.of("120", "1.5", "Fri, 27 Mar 2020 00:00:00 UTC", "12345678901")) {
            list.add(new Answer("Retry-After: " + retryAfter, "cancelTranslation", 429,
                    Map.of("Content-Type", List.of("application/json"), "retry-after", List.of(retryAfter)), throttled));
        }
        return list;
    }

    private static Answer status(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(EXCHANGES.resolve("page-200-example.json").toFile());
        change.accept(body);
        return new Answer(name, "getTranslationStatus", 200, JSON, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Answer error(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(EXCHANGES.resolve("invalid-request.json").toFile());
        change.accept((ObjectNode) body.get("error"));
        return new Answer(name, "cancelTranslation", 400, JSON, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The rule ids and paths the validator reported when the Atlassian library was its engine. */
    private static Set<String> reference(Answer a) {
        ContractSpec.OperationRef op = SPEC.operation(a.operation());
        if (!op.statuses().contains(String.valueOf(a.status()))) {
            return Set.of();
        }
        JsonNode tree = Json.parse(a.body());
        JsonNode checked = tree == null ? null : RawExchangeValidator.tolerateKnownDeviations(tree, new ArrayList<>());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(a.status())
                .withContentType("application/json")
                .withBody(checked == null ? "{}" : checked.toString());
        a.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                response.withHeader(name, values);
            }
        });
        String path = SPEC.basePath() + op.pathTemplate().replace("{id}", "00000000-0000-0000-0000-000000000000");
        List<Violation> found = new ArrayList<>();
        for (ValidationReport.Message m : REFERENCE.validateResponse(path, Request.Method.valueOf(op.method()), response.build())
                .getMessages()) {
            if (m.getKey().startsWith("validation.response.header")) {
                found.add(Rule.HEADER_SCHEMA.at("header:" + headerName(m, a.headers()), m.getMessage()));
            } else if (checked != null && m.getKey().startsWith("validation.response.body")) {
                Rule rule = m.getKey().endsWith(".additionalProperties") ? Rule.BODY_UNKNOWN_PROPERTY : Rule.BODY_SCHEMA;
                found.add(rule.at(jsonPath(m), m.getMessage()));
            }
        }
        Set<String> ids = new TreeSet<>();
        RawExchangeValidator.withoutConsequences(found).forEach(v -> ids.add(v.ruleId() + " " + v.path()));
        return ids;
    }

    /**
     * The header a library message is about. Neither its text nor its context names it: the text
     * quotes string values only, so the validator used to report "header:?" for a bad number. Every
     * answer here has at most one header besides Content-Type, which settles it.
     */
    private static String headerName(ValidationReport.Message m, Map<String, List<String>> headers) {
        List<String> others = headers.keySet().stream().filter(n -> !n.equalsIgnoreCase("Content-Type")).toList();
        return others.stream().filter(n -> headers.get(n).stream().anyMatch(v -> m.getMessage().contains("\"" + v + "\"")))
                .findFirst().orElse(others.size() == 1 ? others.get(0) : "?");
    }

    private static String jsonPath(ValidationReport.Message m) {
        String pointer = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (!token.isEmpty()) {
                String name = token.replace("~1", "/").replace("~0", "~");
                path.append(name.matches("[0-9]+") ? "[" + name + "]" : "." + name);
            }
        }
        return path.toString();
    }
}

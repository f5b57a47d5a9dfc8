package dev.doctranslation.validator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.doctranslation.client.models.TranslationErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one raw answer against the contract: declared status, JSON content type, declared
 * headers, and the body against its schema (with the Atlassian OpenAPI validator), plus the two
 * deviations the contract tolerates but reports: the page's {@code Canceled} and an error code the
 * contract does not list.
 */
final class RawExchangeValidator {
    private static final Set<String> KNOWN_CODES = Arrays.stream(TranslationErrorCode.values())
            .filter(c -> c != TranslationErrorCode.UNKNOWN_DEFAULT_OPEN_API)
            .map(TranslationErrorCode::getValue)
            .collect(Collectors.toUnmodifiableSet());

    private final ContractSpec spec;
    private final OpenApiInteractionValidator validator;

    RawExchangeValidator(ContractSpec spec) {
        this.spec = spec;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.yaml())
                // Unknown properties are reported (the library then treats schemas as closed), as SHOULD.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.WARN)
                        .build())
                .build();
    }

    /** What the raw check found, and the JSON it parsed (null when the body is not JSON). */
    record Result(List<Violation> violations, JsonNode body) {}

    Result validate(ContractSpec.OperationRef operation, int status, Map<String, List<String>> headers, byte[] body) {
        List<Violation> found = new ArrayList<>();
        if (!operation.statuses().contains(String.valueOf(status))) {
            found.add(Rule.STATUS_DECLARED.at("$", operation.operationId() + " does not declare status " + status
                    + "; expected one of " + String.join(", ", operation.statuses())));
            return new Result(found, Json.parse(body));
        }
        SimpleResponse.Builder probe = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (name != null && !name.equalsIgnoreCase("Content-Type")) {
                probe.withHeader(name, values);
            }
        });
        String contentType = header(headers, "Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            found.add(Rule.CONTENT_TYPE_JSON.at("header:Content-Type", "Content-Type is "
                    + (contentType == null ? "absent" : "'" + contentType + "'") + "; expected application/json"));
        }
        JsonNode tree = Json.parse(body);
        if (tree == null) {
            found.add(Rule.BODY_JSON.at("$", body.length == 0 ? "the body is empty; expected a JSON document"
                    : "the body is not JSON: '" + Json.excerpt(body) + "'"));
        }
        JsonNode checked = tree == null ? null : tolerateKnownDeviations(tree, found);
        ValidationReport report = validator.validateResponse(operation.samplePath(spec.basePath()),
                Request.Method.valueOf(operation.method()),
                probe.withContentType("application/json").withBody(checked == null ? "{}" : checked.toString()).build());
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getKey().startsWith("validation.response.header")) {
                String name = headerName(m, headers);
                found.add(Rule.HEADER_SCHEMA.at("header:" + name, name.equalsIgnoreCase("Retry-After")
                        ? "Retry-After is '" + header(headers, name) + "'; expected delay-seconds (e.g. 1) or an HTTP date"
                                + " (e.g. Fri, 27 Mar 2020 00:00:00 GMT)"
                        : m.getMessage()));
            } else if (checked != null && m.getKey().equals("validation.response.body.schema.additionalProperties")) {
                found.add(Rule.BODY_UNKNOWN_PROPERTY.at(pointer(m), m.getMessage()));
            } else if (checked != null && m.getKey().startsWith("validation.response.body")) {
                found.add(Rule.BODY_SCHEMA.at(pointer(m), m.getMessage()));
            }
        }
        return new Result(withoutConsequences(found), tree);
    }

    /**
     * An object that already lacks required properties is reported once: its extra properties
     * (often the right ones one level too high, such as an error that is not wrapped) are a
     * consequence, not a second finding.
     */
    private static List<Violation> withoutConsequences(List<Violation> found) {
        Set<String> brokenObjects = found.stream().filter(v -> v.rule() == Rule.BODY_SCHEMA)
                .map(Violation::path).collect(Collectors.toSet());
        return found.stream()
                .filter(v -> v.rule() != Rule.BODY_UNKNOWN_PROPERTY || !brokenObjects.contains(v.path()))
                .toList();
    }

    /**
     * Reports {@code Canceled} and unlisted error codes as SHOULD, then hides them from the schema
     * check, so one deviation gives one violation. A blank code is left to the error rule.
     */
    private static JsonNode tolerateKnownDeviations(JsonNode tree, List<Violation> found) {
        JsonNode copy = tree.deepCopy();
        if (copy.isObject() && "Canceled".equals(copy.path("status").textValue())) {
            found.add(Rule.STATUS_SPELLING.at("$.status", "status is 'Canceled' (the page's spelling); expected 'Cancelled'"));
            ((ObjectNode) copy).put("status", "Cancelled");
        }
        JsonNode error = copy.path("error");
        JsonNode code = error.path("code");
        if (error.isObject() && code.isTextual() && !KNOWN_CODES.contains(code.textValue())) {
            if (code.textValue().isBlank()) {
                found.add(Rule.ERROR_CODE_AND_MESSAGE.at("$.error.code", "code is blank (\"" + code.textValue()
                        + "\"); expected a non-blank code"));
            } else {
                found.add(Rule.ERROR_CODE_KNOWN.at("$.error.code", "code '" + code.textValue()
                        + "' is not one the contract lists; expected one of " + String.join(", ", KNOWN_CODES.stream().sorted().toList())));
            }
            ((ObjectNode) error).put("code", "InternalServerError");
        }
        return copy;
    }

    private static String pointer(ValidationReport.Message m) {
        return m.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .map(RawExchangeValidator::jsonPath)
                .orElse("$");
    }

    static String jsonPath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.substring(1).split("/")) {
            String name = token.replace("~1", "/").replace("~0", "~");
            path.append(name.matches("[0-9]+") ? "[" + name + "]" : "." + name);
        }
        return path.toString();
    }

    /** The library does not name the header; its message quotes the value, which the headers name. */
    private static String headerName(ValidationReport.Message m, Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue().stream().anyMatch(v -> m.getMessage().contains("\"" + v + "\"")))
                .map(Map.Entry::getKey)
                .findFirst().orElse("?");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}

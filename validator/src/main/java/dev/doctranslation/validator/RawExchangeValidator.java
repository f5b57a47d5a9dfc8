package dev.doctranslation.validator;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion;

import dev.doctranslation.contract.Statuses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one raw answer against the contract: declared status, JSON content type, declared
 * headers, and the body against its schema (compiled once, see {@link ResponseSchemas}), plus the
 * two deviations the contract tolerates but reports: the page's {@code Canceled} and an error code
 * the contract does not list.
 */
final class RawExchangeValidator {
    private static final Set<String> KNOWN_CODES = Arrays.stream(TranslationErrorCode.values())
            .filter(c -> c != TranslationErrorCode.UNKNOWN_DEFAULT_OPEN_API)
            .map(TranslationErrorCode::getValue)
            .collect(Collectors.toUnmodifiableSet());
    /** Compiled once: the check runs on every answer. */
    private static final Pattern JSON_CONTENT_TYPE = Pattern.compile("application/json\\s*(;.*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,30}");

    private final ResponseSchemas schemas;
    private final boolean azureCoreErrors;

    RawExchangeValidator(ContractSpec spec) {
        this.schemas = new ResponseSchemas(spec.yaml());
        this.azureCoreErrors = spec.version().errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE;
    }

    /**
     * What the raw check found, the JSON it parsed (null when the body is not JSON), and whether
     * the status was declared (by its code or by a {@code default} response).
     */
    record Result(List<Violation> violations, JsonNode body, boolean declared) {}

    Result validate(ContractSpec.OperationRef operation, int status, Map<String, List<String>> headers, byte[] body) {
        List<Violation> found = new ArrayList<>();
        String statusCode = String.valueOf(status);
        // A version that declares a default response (the Azure Core generation) declares every status.
        ResponseSchemas.Response declared = schemas.response(operation.operationId(), statusCode)
                .or(() -> status >= 400 ? schemas.response(operation.operationId(), "default") : java.util.Optional.empty())
                .orElse(null);
        if (declared == null) {
            found.add(Rule.STATUS_DECLARED.at("$", operation.operationId() + " does not declare status " + status
                    + "; expected one of " + String.join(", ", operation.statuses())));
            return new Result(found, Json.parse(body), false);
        }
        String contentType = header(headers, "Content-Type");
        if (contentType == null || !JSON_CONTENT_TYPE.matcher(contentType).matches()) {
            found.add(Rule.CONTENT_TYPE_JSON.at("header:Content-Type", "Content-Type is "
                    + (contentType == null ? "absent" : "'" + contentType + "'") + "; expected application/json"));
        }
        checkHeaders(declared, headers, found);
        JsonNode tree = Json.parse(body);
        if (tree == null) {
            found.add(Rule.BODY_JSON.at("$", body.length == 0 ? "the body is empty; expected a JSON document"
                    : "the body is not JSON: '" + Json.excerpt(body) + "'"));
        } else if (declared.body() != null) {
            JsonNode checked = tolerateKnownDeviations(tree, found, !azureCoreErrors);
            for (ValidationMessage m : declared.body().validate(checked)) {
                found.add(SchemaFindings.bodyViolation(m));
            }
        }
        if (azureCoreErrors && status >= 400) {
            checkErrorCodeHeader(headers, tree, found);
        }
        return new Result(withoutConsequences(found), tree, true);
    }

    /**
     * Azure Core repeats an error's code in {@code x-ms-error-code}, so a client can branch on it
     * without reading the body: the header is there and says what the body says.
     */
    private static void checkErrorCodeHeader(Map<String, List<String>> headers, JsonNode tree, List<Violation> found) {
        String header = header(headers, ContractHeaders.ERROR_CODE);
        String code = tree == null ? null : tree.path("error").path("code").textValue();
        if (header == null) {
            found.add(Rule.ERROR_CODE_HEADER.at("header:" + ContractHeaders.ERROR_CODE, ContractHeaders.ERROR_CODE
                    + " is absent; expected the error's code" + (code == null ? "" : " '" + code + "'")));
        } else if (code != null && !code.equals(header.trim())) {
            found.add(Rule.ERROR_CODE_HEADER.at("header:" + ContractHeaders.ERROR_CODE, ContractHeaders.ERROR_CODE
                    + " is '" + header + "' but error.code is '" + code + "'; expected the same code in both"));
        }
    }

    /** Each value of each declared header that is present, against the header's schema; undeclared headers are free. */
    private static void checkHeaders(ResponseSchemas.Response declared, Map<String, List<String>> headers, List<Violation> found) {
        if (declared.headers().isEmpty()) {
            return;
        }
        headers.forEach((name, values) -> {
            ResponseSchemas.Header header = name == null ? null : declared.headers().get(name.toLowerCase(Locale.ROOT));
            if (header == null || values == null) {
                return;
            }
            for (String value : values) {
                Set<ValidationMessage> errors = header.schema().validate(headerValue(value, header.textual()));
                if (!errors.isEmpty()) {
                    found.add(Rule.HEADER_SCHEMA.at("header:" + name, header.name().equalsIgnoreCase("Retry-After")
                            ? "Retry-After is '" + value + "'; expected delay-seconds (e.g. 1) or an HTTP date"
                                    + " (e.g. Fri, 27 Mar 2020 00:00:00 GMT)"
                            : name + " is '" + value + "': " + errors.iterator().next().getError()));
                }
            }
        });
    }

    /** A header value as its schema reads it: a number when it is one and the schema is not a string's. */
    private static JsonNode headerValue(String value, boolean textual) {
        String trimmed = value.trim();
        if (!textual && INTEGER.matcher(trimmed).matches()) {
            return JsonNodeFactory.instance.numberNode(new BigInteger(trimmed));
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    /**
     * An object that already lacks required properties is reported once: its extra properties
     * (often the right ones one level too high, such as an error that is not wrapped) are a
     * consequence, not a second finding.
     */
    static List<Violation> withoutConsequences(List<Violation> found) {
        Set<String> brokenObjects = found.stream().filter(v -> v.rule() == Rule.BODY_SCHEMA)
                .map(Violation::path).collect(Collectors.toSet());
        return found.stream()
                .filter(v -> v.rule() != Rule.BODY_UNKNOWN_PROPERTY || !brokenObjects.contains(v.path()))
                .toList();
    }

    /**
     * Reports {@code Canceled} and unlisted error codes as SHOULD, then hides them from the schema
     * check, so one deviation gives one violation. A blank code is left to the error rule.
     *
     * @return {@code tree} itself when nothing was rewritten (the common case: no copy), else a
     *     rewritten copy; the caller's tree is never changed, since the typed rules read it after
     */
    static JsonNode tolerateKnownDeviations(JsonNode tree, List<Violation> found) {
        return tolerateKnownDeviations(tree, found, true);
    }

    /**
     * @param listedCodes whether the version lists its error codes; the Azure Core envelope's code
     *     is free text, so there an unlisted code is no deviation
     */
    static JsonNode tolerateKnownDeviations(JsonNode tree, List<Violation> found, boolean listedCodes) {
        boolean canceled = tree.isObject() && Statuses.isPageSpelling(tree.path("status").textValue());
        JsonNode code = tree.path("error").path("code");
        boolean unlistedCode = listedCodes && tree.path("error").isObject() && code.isTextual()
                && !KNOWN_CODES.contains(code.textValue());
        if (!canceled && !unlistedCode) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        if (canceled) {
            found.add(Rule.STATUS_SPELLING.at("$.status", "status is 'Canceled' (the page's spelling); expected 'Cancelled'"));
            ((ObjectNode) copy).put("status", "Cancelled");
        }
        JsonNode error = copy.path("error");
        if (unlistedCode) {
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

    private static String header(Map<String, List<String>> headers, String name) {
        return ContractHeaders.first(headers, name).orElse(null);
    }
}

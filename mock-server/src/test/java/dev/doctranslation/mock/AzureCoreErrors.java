package dev.doctranslation.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ContractHeaders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the 2024-05-01 spec asks of an error answer, checked strictly: the body is {@code
 * AzureCoreErrorResponse} (only {@code error}, whose members are {@code code}, {@code message},
 * {@code target}, {@code details} and {@code innererror}, with the spec's types and lengths, no
 * other member and never the v1.x {@code innerError}), and {@code x-ms-error-code} carries the
 * body's code. The spec makes the header optional; the mock, as the reference provider, always
 * sends it, so here it is required. A 429 or 503 carries a {@code Retry-After} of the spec's
 * grammar. The validator module judges the v1.x envelope; this is the same strictness for the
 * other one.
 */
final class AzureCoreErrors {

    private static final Set<String> ERROR_MEMBERS = Set.of("code", "message", "target", "details", "innererror");
    private static final Set<String> INNER_MEMBERS = Set.of("code", "innererror");
    private static final Pattern RETRY_AFTER = Pattern.compile(
            "[0-9]{1,10}|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + " [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");

    private AzureCoreErrors() {}

    /** Every way the answer breaks the Azure Core error shape; empty when it conforms. */
    static List<String> problems(int status, Map<String, List<String>> headers, byte[] body) {
        List<String> problems = new ArrayList<>();
        if (status < 400) {
            problems.add("status " + status + " is no error status");
        }
        if (!ContractHeaders.first(headers, ContractHeaders.CONTENT_TYPE).orElse("").startsWith("application/json")) {
            problems.add("Content-Type is not application/json: " + headers);
        }
        if ((status == 429 || status == 503)
                && !ContractHeaders.first(headers, ContractHeaders.RETRY_AFTER).map(v -> RETRY_AFTER.matcher(v).matches())
                        .orElse(false)) {
            problems.add("a " + status + " without a Retry-After of the spec's grammar");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            problems.add("the body is not JSON: " + e.getMessage());
            return problems;
        }
        if (tree == null || !tree.isObject() || tree.size() != 1 || !tree.path("error").isObject()) {
            problems.add("the body is not {\"error\": {...}} alone");
            return problems;
        }
        JsonNode error = tree.get("error");
        error(error, "$.error", problems);
        String header = ContractHeaders.first(headers, ContractError.ERROR_CODE_HEADER).orElse(null);
        if (header == null) {
            problems.add("no " + ContractError.ERROR_CODE_HEADER + " header");
        } else if (!header.equals(error.path("code").asText())) {
            problems.add(ContractError.ERROR_CODE_HEADER + " '" + header + "' is not the body's code '"
                    + error.path("code").asText() + "'");
        }
        return problems;
    }

    private static void error(JsonNode error, String at, List<String> problems) {
        members(error, ERROR_MEMBERS, at, problems);
        text(error, "code", 256, true, at, problems);
        text(error, "message", 8192, true, at, problems);
        text(error, "target", 1024, false, at, problems);
        JsonNode details = error.get("details");
        if (details != null) {
            if (!details.isArray() || details.size() > 100) {
                problems.add(at + ".details is not an array of at most 100 errors");
            } else {
                for (int i = 0; i < details.size(); i++) {
                    if (details.get(i).isObject()) {
                        error(details.get(i), at + ".details[" + i + "]", problems);
                    } else {
                        problems.add(at + ".details[" + i + "] is not an object");
                    }
                }
            }
        }
        inner(error.get("innererror"), at + ".innererror", problems);
    }

    private static void inner(JsonNode inner, String at, List<String> problems) {
        if (inner == null) {
            return;
        }
        if (!inner.isObject()) {
            problems.add(at + " is not an object");
            return;
        }
        members(inner, INNER_MEMBERS, at, problems);
        text(inner, "code", 256, false, at, problems);
        inner(inner.get("innererror"), at + ".innererror", problems);
    }

    private static void members(JsonNode node, Set<String> allowed, String at, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(at + " has a member the spec does not declare: " + name);
            }
        }
    }

    private static void text(JsonNode node, String name, int maxLength, boolean required, String at, List<String> problems) {
        JsonNode value = node.get(name);
        if (value == null) {
            if (required) {
                problems.add(at + "." + name + " is missing");
            }
        } else if (!value.isTextual() || value.asText().isEmpty() || value.asText().length() > maxLength) {
            problems.add(at + "." + name + " is not a non-empty string of at most " + maxLength + " characters");
        }
    }
}

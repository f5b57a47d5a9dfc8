package dev.doctranslation.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.ContractValidator;
import dev.doctranslation.validator.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges one response of the mock by the validator module, the project's one meaning of valid.
 *
 * <ul>
 *   <li>A response of a contract operation with a status the operation declares: the raw exchange
 *       (status, headers, body against its schema, the page's rules), and for a 200 the typed
 *       check too (the body read as the SDK reads it, then the generated constraints and the page's
 *       rules).
 *   <li>Any other error (unknown path, wrong method, a request the codec cannot read, an error the
 *       contract does not declare such as 406, 414, 415 or 431): a 4xx whose body is the contract's
 *       error body, checked as the contract's own {@code 400} of the operation. The one 5xx allowed
 *       outside the operations is {@code /_states}' documented 501 for an unknown state.
 *   <li>{@code /_states}' own 200 answers: a JSON object.
 * </ul>
 *
 * <p>Every version's route is judged. The v1.x versions answer the preview's shapes (v1.1 only adds
 * an optional status member the mock never sends), so their answers are judged as the preview's,
 * strictest of them. The 2024-05-01 route's 200 bodies are the same TranslationStatus and are
 * judged so too; its errors, and every error under its path, by {@link AzureCoreErrors}. The
 * validator module reads the preview's spec only.
 *
 * <p>SHOULD violations fail a test as MUST ones do. The mock is the kit's reference provider: a
 * SHOULD deviation here (the page's {@code Canceled}, an unlisted error code, an undeclared
 * property) would be reported against every run of the kit, and nothing obliges the mock to one.
 *
 * <p>Transition rules need several observations of one operation: {@link OperationHistory} applies
 * them to the statuses this check returns.
 *
 * <p>Public only for the tests of the {@code junit} package.
 */
public final class ContractCheck {

    static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();
    private static final ObjectMapper SDK_READER = ContractJson.newMapper();
    private static final Pattern OPERATION_PATH =
            Pattern.compile(Pattern.quote(MockServer.BASE_PATH) + "/batches/[^/?]+(\\?.*)?");
    /** An operation of any version: its API path, then /batches/{id} and any query. */
    private static final Pattern ANY_VERSION_OPERATION = Pattern.compile(ServiceVersion.all().stream()
            .map(v -> Pattern.quote(v.apiPath()))
            .collect(Collectors.joining("|", "(", ")")) + "(/batches/[^/?]+)(\\?.*)?");
    /** The contract's error body, judged as the answer that carries it for every operation. */
    private static final String ERROR_BODY_OPERATION = "getTranslationStatus";

    private ContractCheck() {}

    /** What the check found in one response, and the status a 200 of an operation carried. */
    record Verdict(List<String> problems, TranslationStatus status) {

        boolean conforms() {
            return problems.isEmpty();
        }
    }

    /** Fails the calling test if the response is one the contract does not allow. */
    public static TranslationStatus assertConforms(String method, URI uri, HttpResponse<String> response) {
        return assertConforms(
                method,
                rawPathAndQuery(uri),
                response.statusCode(),
                response.headers().map(),
                response.body().getBytes(StandardCharsets.UTF_8));
    }

    /** As above, for a response read off a socket; the path is as sent, with its query. */
    static TranslationStatus assertConforms(
            String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
        Verdict verdict = check(method, path, status, headers, body);
        if (!verdict.conforms()) {
            throw new AssertionError(describe(method, path, status, body, verdict.problems()));
        }
        return verdict.status();
    }

    /** The check itself, for callers that count problems rather than stop at the first. */
    static Verdict check(String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
        String upper = method.toUpperCase(Locale.ROOT);
        Matcher other = ANY_VERSION_OPERATION.matcher(path);
        if (!OPERATION_PATH.matcher(path).matches() && other.matches()) {
            ServiceVersion version = ServiceVersion.all().stream()
                    .filter(v -> v.apiPath().equals(other.group(1))).findFirst().orElseThrow();
            boolean azureCore = version.errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE;
            if (azureCore && status != 200) {
                return new Verdict(AzureCoreErrors.problems(status, headers, body), null);
            }
            // The preview's shapes: judged on the preview's path (the query, the api-version, dropped).
            String asPreview = MockServer.BASE_PATH + other.group(2);
            if (upper.equals("GET") || upper.equals("DELETE")) {
                List<Violation> found = VALIDATOR.validateExchange(upper, asPreview, status, headers, body);
                if (found.stream().noneMatch(v -> v.ruleId().equals("status.declared"))) {
                    return status == 200 ? typed(found, body) : new Verdict(describe(found), null);
                }
            }
            return new Verdict(errorOutsideTheOperations(upper, asPreview, status, headers, body), null);
        }
        if (ServedRoutes.envelopeOf(path.split("\\?", 2)[0]) == ServiceVersion.ErrorEnvelope.AZURE_CORE) {
            return new Verdict(AzureCoreErrors.problems(status, headers, body), null);
        }
        if ((upper.equals("GET") || upper.equals("DELETE")) && OPERATION_PATH.matcher(path).matches()) {
            List<Violation> found = VALIDATOR.validateExchange(upper, path, status, headers, body);
            boolean undeclared = found.stream().anyMatch(v -> v.ruleId().equals("status.declared"));
            if (!undeclared) {
                return status == 200 ? typed(found, body) : new Verdict(describe(found), null);
            }
        }
        if (upper.equals("POST") && path.equals(MockServer.STATES_PATH) && status == 200
                || upper.equals("GET") && path.equals(MockServer.STATES_PATH) && status == 200) {
            return new Verdict(jsonObject(headers, body), null);
        }
        return new Verdict(errorOutsideTheOperations(upper, path, status, headers, body), null);
    }

    /** Problems of a 200 body that the raw check passed: the typed check on the SDK's model. */
    private static Verdict typed(List<Violation> raw, byte[] body) {
        List<String> problems = new ArrayList<>(describe(raw));
        TranslationStatus status;
        try {
            status = SDK_READER.readValue(body, TranslationStatus.class);
        } catch (IOException e) {
            problems.add("the SDK cannot read the 200 body: " + e.getMessage());
            return new Verdict(problems, null);
        }
        problems.addAll(describe(VALIDATOR.validate(status)));
        return new Verdict(problems, status);
    }

    private static List<String> errorOutsideTheOperations(
            String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
        List<String> problems = new ArrayList<>();
        boolean documented501 = status == 501 && path.equals(MockServer.STATES_PATH);
        if ((status < 400 || status > 499) && !documented501) {
            problems.add("status " + status + " outside the contract's operations; expected a 4xx");
        }
        if (method.equals("HEAD")) {
            // No body to judge; the Content-Type still says what a GET would have carried.
            if (!isJson(headers)) {
                problems.add("Content-Type of a HEAD error is not application/json: " + headers);
            }
            return problems;
        }
        problems.addAll(describe(VALIDATOR.validateExchange(ERROR_BODY_OPERATION, 400, headers, body)));
        return problems;
    }

    private static List<String> jsonObject(Map<String, List<String>> headers, byte[] body) {
        List<String> problems = new ArrayList<>();
        if (!isJson(headers)) {
            problems.add("Content-Type is not application/json: " + headers);
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                problems.add("the answer is not a JSON object");
            }
        } catch (IOException e) {
            problems.add("the answer is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static boolean isJson(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).startsWith("application/json"));
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).toList();
    }

    private static String describe(String method, String path, int status, byte[] body, List<String> problems) {
        String shown = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        String text = new String(body, StandardCharsets.UTF_8);
        return "Response breaks the contract: " + method + " " + shown + " answered " + status + "\n  "
                + String.join("\n  ", problems) + "\n  body: " + (text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }

    private static String rawPathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

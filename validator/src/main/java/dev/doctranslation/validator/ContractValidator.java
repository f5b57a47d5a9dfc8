package dev.doctranslation.validator;

import dev.doctranslation.contract.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ResponseValidator;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.AzureCoreErrorResponse;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import dev.doctranslation.contract.models.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one meaning of "valid" for this contract, shared by the SDK's strict mode, the mock server's
 * tests and the conformance kit. Thread-safe; build one and share it (it parses the contract once).
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.fromClasspath();
 * List<Violation> found = validator.validateExchange("cancelTranslation", 200, headers, body);
 * }</pre>
 */
public final class ContractValidator {
    private final ContractSpec spec;
    private final RawExchangeValidator raw;
    private final TypedValidator typed;

    private ContractValidator(ContractSpec spec) {
        this.spec = spec;
        this.raw = new RawExchangeValidator(spec);
        this.typed = new TypedValidator();
    }

    /**
     * Reads the {@code v1.0-preview.1} contract from the {@code doctranslation-openapi} jar on the
     * classpath.
     *
     * @throws IllegalStateException if the contract is not on the classpath
     */
    public static ContractValidator fromClasspath() {
        return new ContractValidator(ContractSpec.fromClasspath());
    }

    /**
     * Reads {@code version}'s contract from the {@code doctranslation-openapi} jar on the classpath:
     * its routes, its declared answers and its error envelope.
     *
     * @throws IllegalStateException if that contract is not on the classpath
     */
    public static ContractValidator fromClasspath(ServiceVersion version) {
        return new ContractValidator(ContractSpec.fromClasspath(Objects.requireNonNull(version, "version == null")));
    }

    /** The service version whose contract this validator holds. */
    public ServiceVersion version() {
        return spec.version();
    }

    /**
     * Validates one raw answer of an operation: status declared, JSON content type, declared
     * headers, body against its schema (unknown properties SHOULD, the rest MUST), then the page's
     * rules on the decoded body.
     *
     * @param operationId {@code cancelTranslation} or {@code getTranslationStatus}
     * @param status the HTTP status code
     * @param headers the response headers (any letter case)
     * @param body the body bytes, empty for none
     * @return every violation found, MUST and SHOULD; empty when the answer conforms
     * @throws IllegalArgumentException for an operation the contract does not have
     */
    public List<Violation> validateExchange(String operationId, int status, Map<String, List<String>> headers, byte[] body) {
        Objects.requireNonNull(operationId, "operationId == null");
        return validateExchange(spec.operation(operationId), status, headers, body);
    }

    /**
     * {@link #validateExchange(String, int, Map, byte[])} for the operation a request line names,
     * e.g. {@code DELETE /translator/text/batch/v1.0-preview.1/batches/<id>} (the API base path is
     * optional).
     *
     * @throws IllegalArgumentException if no operation of the contract has this method and path
     */
    public List<Violation> validateExchange(String method, String path, int status, Map<String, List<String>> headers,
            byte[] body) {
        ContractSpec.OperationRef operation = spec.operation(method, path).orElseThrow(() ->
                new IllegalArgumentException("no operation of the contract answers " + method + " " + path
                        + "; expected DELETE or GET " + spec.basePath() + "/batches/{id}"
                        + spec.version().apiVersionQuery().map(v -> "?api-version=" + v).orElse("")));
        return validateExchange(operation, status, headers, body);
    }

    private List<Violation> validateExchange(ContractSpec.OperationRef operation, int status,
            Map<String, List<String>> headers, byte[] body) {
        RawExchangeValidator.Result result = raw.validate(operation, status, headers, body);
        List<Violation> found = new ArrayList<>(result.violations());
        JsonNode tree = result.body();
        if (tree != null && tree.isObject() && result.declared()) {
            Class<?> type = status == 200 ? TranslationStatus.class : errorType();
            Object model = Json.model(tree, type);
            if (model != null) {
                found.addAll(typed.pageRules(model, "$"));
            }
        }
        return List.copyOf(found);
    }

    /** The generated model an error answer of this version decodes into. */
    private Class<?> errorType() {
        return spec.version().errorEnvelope() == ServiceVersion.ErrorEnvelope.AZURE_CORE
                ? AzureCoreErrorResponse.class : TranslationErrorResponse.class;
    }

    /** The generated constraints and the page's rules on a decoded status. */
    public List<Violation> validate(TranslationStatus status) {
        return typed.all(Objects.requireNonNull(status, "status == null"), "$");
    }

    /** The generated constraints and the page's rules on a decoded error body. */
    public List<Violation> validate(TranslationErrorResponse error) {
        return typed.all(Objects.requireNonNull(error, "error == null"), "$");
    }

    /** The generated constraints and the page's rules on a decoded Azure Core error body (2024-05-01). */
    public List<Violation> validate(AzureCoreErrorResponse error) {
        return typed.all(Objects.requireNonNull(error, "error == null"), "$");
    }

    /**
     * What may not happen between two observations of one operation: a count or the charge going
     * down, total changing once the documents are counted, a terminal status changing,
     * createdDateTimeUtc changing, lastActionDateTimeUtc going back. A later summary of all zeros
     * on a status that is not terminal counts nothing yet and is not compared (see the README).
     */
    public List<Violation> validateTransition(TranslationStatus earlier, TranslationStatus later) {
        return TransitionRules.check(Objects.requireNonNull(earlier, "earlier == null"),
                Objects.requireNonNull(later, "later == null"));
    }

    /**
     * The SDK's strict-mode hook: {@code DocumentTranslationClient.builder().strict(validator.strict())}
     * rejects every answer that breaks a MUST rule; SHOULD deviations pass.
     */
    public ResponseValidator strict() {
        return response -> validateExchange(response.operationId(), response.statusCode(), response.headers(),
                response.body()).stream()
                .filter(v -> v.severity() == Severity.MUST)
                .map(Violation::toString)
                .toList();
    }

    /** True when any violation is a MUST. */
    public static boolean breaksContract(List<Violation> violations) {
        return violations.stream().anyMatch(v -> v.severity() == Severity.MUST);
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ProviderStates;

import dev.doctranslation.contract.Severity;

import dev.doctranslation.validator.ContractValidator;
import dev.doctranslation.validator.Violation;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a check works with: arranging provider states, sending requests through the SDK or raw
 * HTTP, and recording findings. Every answer is validated against the contract as it arrives, so
 * each check also enforces the rules on every observed response.
 */
public final class CheckContext {
    static final String OPERATION_EXISTS = ProviderStates.OPERATION_EXISTS;
    static final String NO_OPERATION = ProviderStates.NO_OPERATION_EXISTS;
    static final String THROTTLED = ProviderStates.REQUESTS_THROTTLED;

    private final Check check;
    private final Target target;
    private final StateChange states;
    private final RawHttp raw;
    private final SdkCalls sdk;
    private final ContractValidator validator;
    private final KitSettings settings;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Finding> failures = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final List<Runnable> teardowns = new ArrayList<>();
    private final java.util.Set<String> downgraded = new java.util.HashSet<>();

    /** When an arranged operation is torn down: after this check, or at the end of a run of several versions. */
    private final Teardowns operationTeardowns;

    CheckContext(Check check, Target target, StateChange states, RawHttp raw, SdkCalls sdk, ContractValidator validator,
            KitSettings settings) {
        this(check, target, states, raw, sdk, validator, settings, Teardowns.NOW);
    }

    CheckContext(Check check, Target target, StateChange states, RawHttp raw, SdkCalls sdk, ContractValidator validator,
            KitSettings settings, Teardowns operationTeardowns) {
        this.operationTeardowns = operationTeardowns;
        this.check = check;
        this.target = target;
        this.states = states;
        this.raw = raw;
        this.sdk = sdk;
        this.validator = validator;
        this.settings = settings;
    }

    // --- arranging --------------------------------------------------------------------------

    /** An operation in {@code status}, arranged through the provider-state protocol. */
    UUID arrange(String status) {
        return arrangeWith(OPERATION_EXISTS, Map.of("status", status));
    }

    /** An id the provider does not know: from its state when it has states, else a random UUID. */
    UUID unknownId() {
        return states.available() ? arrangeWith(NO_OPERATION, Map.of()) : UUID.randomUUID();
    }

    /** The next {@code count} API requests are throttled with {@code Retry-After: retryAfterSeconds}. */
    void throttle(int retryAfterSeconds, int count) {
        Map<String, Object> params = Map.of("retryAfterSeconds", retryAfterSeconds, "count", count);
        states.setup(THROTTLED, params);
        teardowns.add(() -> states.teardown(THROTTLED, params));
    }

    private UUID arrangeWith(String state, Map<String, Object> params) {
        Map<String, Object> values = states.setup(state, params);
        teardowns.add(() -> operationTeardowns.teardown(states, state, params));
        Object id = values.get("id");
        try {
            return UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException e) {
            throw new StateUnavailableException("provider state '" + state + "' answered id '" + id
                    + "'; expected a UUID");
        }
    }

    // --- requests -----------------------------------------------------------------------------

    SdkCalls.Result cancel(UUID id) {
        return observe(sdk.cancel(id));
    }

    SdkCalls.Result get(UUID id) {
        return observe(sdk.get(id));
    }

    /** A raw request; {@code key} null sends no key header. */
    Exchange raw(String operationId, String method, String relativePath, String key) {
        return observe(raw.send(operationId, method, relativePath, key));
    }

    /**
     * A probe of the kind the contract describes (a missing, wrong or right key on a well-formed
     * id), sent with the JDK's client: its answer is validated like any other. No answer at all is
     * this check's finding, at its severity, since there is nothing to judge.
     */
    Exchange probe(RawRequest request) {
        Exchange answer = raw.send(request.operationId(), request);
        if (answer.statusCode() != 0) {
            return observe(answer);
        }
        exchanges.add(answer);
        expect(false, answer.bodyText(), answer, "");
        return answer;
    }

    /**
     * A probe outside what the contract describes (an oversized or malformed request, another
     * method, a body on DELETE), written to the socket as built. Its answer is evidence but is not
     * validated: the contract says nothing of how such a request is answered (a 414 or 431 is right
     * there, though no operation declares it). The check judges it, no answer included.
     */
    Exchange probeAsWritten(RawRequest request) {
        return record(raw.sendAsWritten(request));
    }

    /** As {@link #probeAsWritten(RawRequest)}, to another API base (the target's plain-http twin). */
    Exchange probeAsWritten(URI otherApiBase, RawRequest request) {
        return record(raw.sendAsWritten(otherApiBase, request));
    }

    private Exchange record(Exchange exchange) {
        exchanges.add(exchange);
        return exchange;
    }

    /** Ends the check as skipped, with the reason: it does not apply to this target. */
    void skip(String reason) {
        throw new NotApplicableException(reason);
    }

    /**
     * From now on in this check, violations of {@code ruleId} found on answers are warnings: for a
     * rule the check itself treats as a SHOULD (a valid Retry-After, 400 for a malformed id).
     */
    void downgrade(String ruleId) {
        downgraded.add(ruleId);
    }

    String key() {
        return target.key();
    }

    Target target() {
        return target;
    }

    boolean hasStates() {
        return states.available();
    }

    /** The provider-state protocol itself, for a check that arranges states on its own terms (the pact's). */
    StateChange states() {
        return states;
    }

    KitSettings settings() {
        return settings;
    }

    private SdkCalls.Result observe(SdkCalls.Result result) {
        observe(result.exchange());
        return result;
    }

    private Exchange observe(Exchange exchange) {
        exchanges.add(exchange);
        if (exchange.statusCode() == 0) {
            failures.add(finding(check.id(), exchange.bodyText(), exchange, ""));
            return exchange;
        }
        for (Violation v : validator.validateExchange(exchange.operationId(), exchange.statusCode(), exchange.headers(),
                exchange.body())) {
            Finding finding = finding(v.ruleId(), v.message(), exchange, v.path());
            boolean must = v.severity() == Severity.MUST && !downgraded.contains(v.ruleId());
            (must ? failures : warnings).add(finding);
        }
        return exchange;
    }

    // --- verdicts -----------------------------------------------------------------------------

    /** The check's own rule: a failure if it is a MUST check, a warning if a SHOULD check. */
    void expect(boolean holds, String message, Exchange evidence, String jsonPath) {
        if (!holds) {
            Finding finding = finding(check.id(), message, evidence, jsonPath);
            (check.severity() == Severity.MUST ? failures : warnings).add(finding);
        }
    }

    /**
     * The check's rule on the {@code error.code} of an error answer: {@code code} where the target's
     * version lists its codes, any code where they are free text (see {@link ErrorCodes}).
     */
    void expectErrorCode(Exchange answer, String code) {
        ErrorCodes.problem(target.version(), answer, code).ifPresent(p -> expect(false, p, answer, "$.error.code"));
    }

    /** As {@link #expectErrorCode}, a SHOULD part of the check: a warning only. */
    void shouldErrorCode(Exchange answer, String code) {
        ErrorCodes.problem(target.version(), answer, code).ifPresent(p -> should(false, p, answer, "$.error.code"));
    }

    /** A SHOULD part of a MUST check: a warning only. */
    void should(boolean holds, String message, Exchange evidence, String jsonPath) {
        if (!holds) {
            warnings.add(finding(check.id(), message, evidence, jsonPath));
        }
    }

    /** A new record of what this check sees of one operation, for {@link #expectTransition}. */
    OperationHistory history() {
        return new OperationHistory(validator);
    }

    /**
     * The transition rules between what {@code history} has seen of the operation and {@code
     * result}, which joins it (unless a cache served it again: see {@link OperationHistory}).
     */
    void expectTransition(OperationHistory history, SdkCalls.Result result) {
        for (Violation v : history.observe(result.exchange(), result.status())) {
            failures.add(finding(v.ruleId(), v.message(), result.exchange(), v.path()));
        }
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static Finding finding(String ruleId, String message, Exchange evidence, String jsonPath) {
        return evidence == null ? new Finding(ruleId, message, "", 0, jsonPath)
                : new Finding(ruleId, message, evidence.requestLine(), evidence.statusCode(), jsonPath,
                        evidence.requestId());
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    List<Finding> failures() {
        return List.copyOf(failures);
    }

    List<Finding> warnings() {
        return List.copyOf(warnings);
    }

    void runTeardowns() {
        for (int i = teardowns.size() - 1; i >= 0; i--) {
            teardowns.get(i).run();
        }
    }
}

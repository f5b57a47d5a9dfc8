package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.validator.ContractValidator;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs checks against one target, in its service version, one at a time, each with its own
 * arranged states; every answer is validated against that version's spec.
 */
public final class Runner {
    /** A validator per version, made once: each reads and compiles its spec. */
    private static final Map<ServiceVersion, ContractValidator> VALIDATORS = new ConcurrentHashMap<>();

    private final Target target;
    private final KitSettings settings;
    private final StateChange states;
    private final RawHttp raw;
    private final SdkCalls sdk;
    private final Teardowns operationTeardowns;

    public Runner(Target target, KitSettings settings) {
        this(target, settings, Teardowns.NOW);
    }

    /** A runner whose checks hand the teardown of the operations they arranged to {@code operationTeardowns}. */
    Runner(Target target, KitSettings settings, Teardowns operationTeardowns) {
        this.target = target;
        this.settings = settings;
        this.operationTeardowns = operationTeardowns;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(target.apiBase().getScheme().equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        this.states = new StateChange(target.stateChangeUrl(), http);
        this.raw = new RawHttp(http, target.apiBase(), target.version());
        this.sdk = new SdkCalls(target);
    }

    /** Runs each check in order, telling {@code progress} as each one ends. */
    public List<CheckResult> run(List<Check> checks, Consumer<CheckResult> progress) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            CheckResult result = run(check);
            results.add(result);
            progress.accept(result);
        }
        return results;
    }

    /**
     * Runs one check; a state that cannot be arranged, or a target the check does not apply to,
     * skips it; a crash fails it.
     */
    public CheckResult run(Check check) {
        if (!check.appliesTo(target.version())) {
            return new CheckResult(check, Verdict.SKIPPED, List.of(), List.of(), check.id() + " is a rule of "
                    + check.versionList() + " only, not of " + target.version(), List.of(), 0, target.version());
        }
        long start = System.nanoTime();
        CheckContext ctx = new CheckContext(check, target, states, raw, sdk, validator(target.version()), settings,
                operationTeardowns);
        String skipped = "";
        List<Finding> crash = List.of();
        try {
            check.body().run(ctx);
        } catch (StateUnavailableException | NotApplicableException e) {
            skipped = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            crash = List.of(new Finding(check.id(), "interrupted", "", 0, ""));
        } catch (Exception e) {
            crash = List.of(new Finding(check.id(), "the check itself failed: " + e, "", 0, ""));
        } finally {
            ctx.runTeardowns();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Finding> failures = new ArrayList<>(ctx.failures());
        failures.addAll(crash);
        // The check's own finding says most ("got 404; expected 401"): it leads, the contract
        // violations seen on the way follow.
        failures.sort(java.util.Comparator.comparing(f -> !f.ruleId().equals(check.id())));
        Verdict verdict = !failures.isEmpty() ? Verdict.FAILED : skipped.isEmpty() ? Verdict.PASSED : Verdict.SKIPPED;
        return new CheckResult(check, verdict, List.copyOf(failures), ctx.warnings(),
                verdict == Verdict.SKIPPED ? skipped : "", ctx.exchanges(), millis, target.version());
    }

    /** The validator of {@code version}'s spec. */
    static ContractValidator validator(ServiceVersion version) {
        return VALIDATORS.computeIfAbsent(version, ContractValidator::fromClasspath);
    }
}

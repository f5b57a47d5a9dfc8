package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule of the contract, checked against a target.
 *
 * @param id stable id, e.g. {@code cancel.running}; reports, {@code --check} globs and tests use it
 * @param title what is checked, in a few words
 * @param severity MUST (a failure fails the run) or SHOULD (a failure is a warning)
 * @param enforces the seed page's sentence or the contract element it enforces; for a
 *     {@code security.*} check, the weakness it covers (OWASP API Security Top 10 2023, CWE)
 * @param states the provider states it arranges (empty: it runs against any target)
 * @param body what it does
 * @param versions the service versions whose rule it is: every version, or the ones that added it
 */
public record Check(String id, String title, Severity severity, String enforces, List<String> states, Body body,
        Set<ServiceVersion> versions) {

    public Check {
        versions = Set.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(id + " applies to no service version");
        }
    }

    /** A check every service version runs. */
    public Check(String id, String title, Severity severity, String enforces, List<String> states, Body body) {
        this(id, title, severity, enforces, states, body, EnumSet.allOf(ServiceVersion.class));
    }

    /** Whether {@code version}'s contract has this check's rule. */
    public boolean appliesTo(ServiceVersion version) {
        return versions.contains(version);
    }

    /** Whether only some versions have this rule (a version added it). */
    public boolean versionSpecific() {
        return versions.size() < ServiceVersion.values().length;
    }

    /** The versions it applies to, oldest first, for listings: {@code 2024-05-01}. */
    String versionList() {
        return ServiceVersion.all().stream().filter(versions::contains).map(ServiceVersion::id)
                .collect(Collectors.joining(", "));
    }

    /**
     * Whether it must run with nothing else running against the target: it throttles the target,
     * and a throttled provider answers 429 to whatever request comes next, from any version.
     */
    boolean exclusive() {
        return states.contains(CheckContext.THROTTLED);
    }

    /** The check's steps; findings go through the context. */
    @FunctionalInterface
    public interface Body {
        void run(CheckContext context) throws Exception;
    }
}

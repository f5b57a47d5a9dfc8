package dev.doctranslation.conformance;

import dev.doctranslation.contract.Severity;

import java.util.List;

/**
 * The {@code security.*} checks: not the contract's rules but safety a provider owes its callers,
 * each traced to the weakness it covers (OWASP API Security Top 10 2023, CWE). They are SHOULD by
 * default, so a provider learns of them without its run failing, and MUST under
 * {@code --strict-security}.
 */
final class SecurityCatalogue {
    private SecurityCatalogue() {}

    /** The security checks, each with {@code severity}. */
    static List<Check> checks(Severity severity) {
        return List.of(
                new Check("security.key-not-echoed", "The subscription key never comes back in an answer", severity,
                        "OWASP API2:2023 Broken Authentication; CWE-522 Insufficiently Protected Credentials,"
                                + " CWE-200 Exposure of Sensitive Information",
                        List.of(), KeyEchoCheck::keyNotEchoed),
                new Check("security.no-internals-in-errors", "Error answers show no stack trace, class or path",
                        severity, "OWASP API8:2023 Security Misconfiguration; CWE-209 Error Message Containing"
                                + " Sensitive Information, CWE-497 Exposure of Sensitive System Information",
                        List.of(), ErrorInternalsCheck::noInternalsInErrors),
                new Check("security.auth-oracle", "A missing and a wrong key get the same answer", severity,
                        "OWASP API2:2023 Broken Authentication; CWE-204 Observable Response Discrepancy",
                        List.of(), AuthOracleCheck::authOracle),
                new Check("security.hsts", "https is enforced: HSTS sent, the API not served over plain http",
                        severity, "OWASP API8:2023 Security Misconfiguration; CWE-319 Cleartext Transmission of"
                                + " Sensitive Information, CWE-523 Unprotected Transport of Credentials",
                        List.of(), HstsCheck::hsts),
                new Check("security.cors", "No answer allows any origin with credentials", severity,
                        "OWASP API8:2023 Security Misconfiguration; CWE-942 Permissive Cross-domain Policy with"
                                + " Untrusted Domains",
                        List.of(), CorsCheck::cors),
                new Check("security.bounded-input", "Oversized or misplaced input gets a 4xx, never a 5xx or a hang",
                        severity, "OWASP API4:2023 Unrestricted Resource Consumption; CWE-770 Allocation of"
                                + " Resources Without Limits, CWE-400 Uncontrolled Resource Consumption",
                        List.of(), BoundedInputCheck::boundedInput));
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;

import static dev.doctranslation.conformance.CheckContext.NO_OPERATION;
import static dev.doctranslation.conformance.CheckContext.OPERATION_EXISTS;
import static dev.doctranslation.conformance.CheckContext.THROTTLED;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every check of the kit, in the order they run. Ids are stable: reports, {@code --check} globs and
 * users' CI configuration name them. Every check also validates each answer it gets against the
 * contract (status declared, JSON, schema, summary arithmetic, timestamps, spelling, error shape),
 * except the answers to the security checks' probes outside the contract (see {@link
 * CheckContext#probeAsWritten(RawRequest)}).
 */
public final class Catalogue {
    private static final String PAGE_CANCEL = "Cancel a currently processing or queued operation.";
    private static final String PAGE_REFUSED = "An operation won't be canceled if it is already completed or failed or"
            + " canceling. A bad request will be returned.";

    private static final List<Check> CONTRACT = List.of(
            new Check("auth.missing-key", "Missing key is refused with 401", Severity.MUST,
                    "Ocp-Apim-Subscription-Key: Required request header; 401 Unauthorized. Check your credentials.",
                    List.of(), AuthChecks::missingKey),
            new Check("auth.wrong-key", "Wrong key is refused with 401", Severity.MUST,
                    "401 Unauthorized. Check your credentials.", List.of(), AuthChecks::wrongKey),
            new Check("status.read", "Status of an operation reads back", Severity.MUST,
                    "GET /batches/{id} (companion operation): 200 with the TranslationStatus",
                    List.of(OPERATION_EXISTS), CancelChecks::statusRead),
            new Check("cancel.not-started", "Cancel of a queued operation is accepted", Severity.MUST, PAGE_CANCEL
                    + " (200 OK. Cancel request has been submitted)", List.of(OPERATION_EXISTS), CancelChecks::cancelNotStarted),
            new Check("cancel.running", "Cancel of a running operation is accepted", Severity.MUST, PAGE_CANCEL
                    + " All documents that have completed translation won't be canceled and will be charged.",
                    List.of(OPERATION_EXISTS), CancelChecks::cancelRunning),
            new Check("cancel.settles", "A cancelled operation reaches Cancelled", Severity.MUST,
                    "All pending documents will be canceled if possible; completed ones stay completed and charged.",
                    List.of(OPERATION_EXISTS), CancelChecks::cancelSettles),
            new Check("cancel.last-action-moves", "Cancel moves lastActionDateTimeUtc forward", Severity.SHOULD,
                    "lastActionDateTimeUtc: Date time in which the operation's status has been updated.",
                    List.of(OPERATION_EXISTS), CancelChecks::lastActionMoves),
            new Check("cancel.refused.succeeded", "Cancel of a Succeeded operation is refused with 400", Severity.MUST,
                    PAGE_REFUSED, List.of(OPERATION_EXISTS), ctx -> RefusalChecks.refused(ctx, "Succeeded")),
            new Check("cancel.refused.failed", "Cancel of a Failed operation is refused with 400", Severity.MUST,
                    PAGE_REFUSED, List.of(OPERATION_EXISTS), ctx -> RefusalChecks.refused(ctx, "Failed")),
            new Check("cancel.refused.cancelled", "Cancel of a Cancelled operation is refused with 400", Severity.MUST,
                    PAGE_REFUSED, List.of(OPERATION_EXISTS), ctx -> RefusalChecks.refused(ctx, "Cancelled")),
            new Check("cancel.refused.validation-failed", "Cancel of a ValidationFailed operation is refused with 400",
                    Severity.MUST, PAGE_REFUSED, List.of(OPERATION_EXISTS),
                    ctx -> RefusalChecks.refused(ctx, "ValidationFailed")),
            new Check("cancel.refused.cancelling", "Cancel of a Cancelling operation is refused with 400", Severity.MUST,
                    PAGE_REFUSED, List.of(OPERATION_EXISTS), ctx -> RefusalChecks.refused(ctx, "Cancelling")),
            new Check("cancel.twice", "A second cancel right after the first is refused with 400", Severity.MUST,
                    PAGE_REFUSED, List.of(OPERATION_EXISTS), RefusalChecks::cancelTwice),
            new Check("cancel.unknown-id", "Cancel of an unknown id is 404 ResourceNotFound", Severity.MUST,
                    "404 Not found. Resource is not found.", List.of(NO_OPERATION), IdChecks::cancelUnknown),
            new Check("status.unknown-id", "Status of an unknown id is 404 ResourceNotFound", Severity.MUST,
                    "404 Not found. Resource is not found.", List.of(NO_OPERATION), IdChecks::statusUnknown),
            new Check("id.malformed", "A malformed id is a client error, never a server error", Severity.MUST,
                    "id: The operation-id (a UUID); 400 InvalidArgument SHOULD name it", List.of(), IdChecks::malformed),
            new Check("id.upper-case", "An upper-case id is accepted", Severity.MUST,
                    "id: The operation-id, compared without regard to letter case", List.of(OPERATION_EXISTS),
                    IdChecks::upperCase),
            new Check("throttle.429", "Throttled requests get 429 with the error body and Retry-After", Severity.MUST,
                    "Other Status Codes: Too many requests (429 RequestRateTooHigh, Retry-After SHOULD be valid)",
                    List.of(THROTTLED), ThrottleChecks::throttled),
            new Check("pact.verification", "The client's consumer pact holds against the target", Severity.MUST,
                    "every interaction the SDK relies on (cancel Running, cancel Succeeded, unknown id, wrong key,"
                            + " throttled, status read), as the bundled consumer pact records it",
                    List.of(OPERATION_EXISTS, NO_OPERATION, THROTTLED), PactCheck::verify));

    /**
     * The rules a version added: they run against that version only, after the contract's checks
     * every version runs.
     */
    private static final List<Check> VERSIONED = List.of(
            new Check("status.failed-document-link", "@failedDocumentStatusLink, when sent, is an absolute URL",
                    Severity.MUST, "v1.1 TranslationStatus: @failedDocumentStatusLink, the URL of the failed"
                            + " documents' status (optional)", List.of(OPERATION_EXISTS), VersionChecks::failedDocumentLink,
                    Set.of(ServiceVersion.V1_1)),
            new Check("errors.x-ms-error-code", "Every error answer repeats its error.code in x-ms-error-code",
                    Severity.MUST, "2024-05-01 default response: Azure.Core.Foundations.ErrorResponse with header"
                            + " x-ms-error-code (String error code indicating what went wrong)", List.of(),
                    VersionChecks::errorCodeHeader, Set.of(ServiceVersion.V2024_05_01)),
            new Check("headers.retry-after", "Status reads and cancels answer with a valid Retry-After",
                    Severity.SHOULD, "2024-05-01: the service sends Retry-After with GET and DELETE answers, the"
                            + " poll interval a client should keep", List.of(OPERATION_EXISTS), VersionChecks::retryAfter,
                    Set.of(ServiceVersion.V2024_05_01)));

    private static final List<Check> WITH_SECURITY_SHOULD = withSecurity(Severity.SHOULD);
    private static final List<Check> WITH_SECURITY_MUST = withSecurity(Severity.MUST);
    private static final List<Check> EVERY_SHOULD = assemble(Severity.SHOULD);
    private static final List<Check> EVERY_MUST = assemble(Severity.MUST);

    private Catalogue() {}

    /** Every check every service version runs, in run order; the {@code security.*} checks SHOULD. */
    public static List<Check> all() {
        return all(Severity.SHOULD);
    }

    /**
     * Every check every service version runs, in run order, the {@code security.*} checks with
     * {@code security}: SHOULD by default (their findings are warnings), MUST under
     * {@code --strict-security}. A version's own rules come on top: {@link #forVersion}.
     */
    public static List<Check> all(Severity security) {
        return security == Severity.MUST ? WITH_SECURITY_MUST : WITH_SECURITY_SHOULD;
    }

    /** The checks only some versions run, each with the versions it applies to. */
    public static List<Check> versionSpecific() {
        return VERSIONED;
    }

    /**
     * The checks {@code version} runs, in run order: the contract's, the version's own, then the
     * {@code security.*} checks with {@code security}.
     */
    public static List<Check> forVersion(ServiceVersion version, Severity security) {
        return every(security).stream().filter(c -> c.appliesTo(version)).toList();
    }

    /** Every check of every version, in run order, as {@code --list-checks} lists them. */
    public static List<Check> every(Severity security) {
        return security == Severity.MUST ? EVERY_MUST : EVERY_SHOULD;
    }

    /** As {@link #select(List, Severity)} with the {@code security.*} checks SHOULD. */
    public static List<Check> select(List<String> globs) {
        return select(globs, Severity.SHOULD);
    }

    /**
     * The checks whose id matches one of the globs ({@code cancel.*}, {@code auth.wrong-key}); all
     * of them, every version's, when there are none; the {@code security.*} checks with {@code security}.
     *
     * @throws IllegalArgumentException for a glob that matches no check, naming the ids there are
     */
    public static List<Check> select(List<String> globs, Severity security) {
        List<Check> checks = every(security);
        if (globs.isEmpty()) {
            return checks;
        }
        for (String glob : globs) {
            PathMatcher matcher = matcher(glob);
            if (checks.stream().noneMatch(c -> matcher.matches(Path.of(c.id())))) {
                throw new IllegalArgumentException(glob + " matches no check; the ids are "
                        + String.join(", ", checks.stream().map(Check::id).toList()));
            }
        }
        List<PathMatcher> matchers = globs.stream().map(Catalogue::matcher).toList();
        return checks.stream().filter(c -> matchers.stream().anyMatch(m -> m.matches(Path.of(c.id())))).toList();
    }

    /** The contract's checks, then the security checks: a contract failure reads first. */
    private static List<Check> withSecurity(Severity security) {
        return java.util.stream.Stream.concat(CONTRACT.stream(), SecurityCatalogue.checks(security).stream()).toList();
    }

    /** The contract's checks, the versions' own, then the security checks. */
    private static List<Check> assemble(Severity security) {
        List<Check> withSecurity = all(security);
        return Stream.of(CONTRACT, VERSIONED, withSecurity.subList(CONTRACT.size(), withSecurity.size()))
                .flatMap(List::stream).toList();
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}

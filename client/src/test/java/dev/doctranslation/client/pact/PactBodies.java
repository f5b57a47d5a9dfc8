package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.ISO_DATE_TIME;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * Response bodies with matchers: the shape and kinds the client relies on, never the provider's
 * exact values. Every property the spec requires is present, so the pact-vs-spec check can treat
 * a missing one as drift.
 */
final class PactBodies {
    /** Document counts of an example body; they add up as the contract's invariant says. */
    record Counts(int total, int success, int failed, int inProgress, int notYetStarted, int cancelled,
            long totalCharacterCharged) {}

    static final Counts CANCELLING = new Counts(10, 4, 1, 2, 0, 3, 48_210);
    static final Counts RUNNING = new Counts(10, 4, 1, 3, 2, 0, 48_210);

    private PactBodies() {}

    /** A TranslationStatus whose {@code status} matches {@code statusRegex}, e.g. {@code Cancelling|Cancelled}. */
    static DslPart translationStatus(String statusRegex, String exampleStatus, Counts example) {
        return new PactDslJsonBody()
                .stringMatcher("id", PactTerms.UUID_ANY_CASE, PactTerms.EXAMPLE_ID)
                .stringMatcher("createdDateTimeUtc", ISO_DATE_TIME, "2026-11-28T12:00:00Z")
                .stringMatcher("lastActionDateTimeUtc", ISO_DATE_TIME, "2026-11-28T12:10:00.1234567Z")
                .stringMatcher("status", statusRegex, exampleStatus)
                .object("summary")
                .integerType("total", example.total())
                .integerType("success", example.success())
                .integerType("failed", example.failed())
                .integerType("inProgress", example.inProgress())
                .integerType("notYetStarted", example.notYetStarted())
                .integerType("cancelled", example.cancelled())
                .integerType("totalCharacterCharged", example.totalCharacterCharged())
                .closeObject();
    }

    /** {@code {"error": {"code": <codeRegex>, "message": <any string>}}}. */
    static DslPart error(String codeRegex, String exampleCode, String exampleMessage) {
        return new PactDslJsonBody()
                .object("error")
                .stringMatcher("code", codeRegex, exampleCode)
                .stringType("message", exampleMessage)
                .closeObject();
    }
}

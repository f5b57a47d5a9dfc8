package dev.doctranslation.conformance;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import java.util.List;

/**
 * One line saying why pact-jvm failed an interaction: each mismatch as "status: ...", "header:
 * ...", "body: $.path ...". pact-jvm's own rendering is for its console (colours, full body diffs),
 * and a finding is read on the kit's one line per check and in the reports.
 */
final class PactFailureMessage {
    static final int MAX = 600;

    private PactFailureMessage() {}

    static String of(VerificationResult.Failed failed) {
        List<String> parts = failed.getFailures().values().stream().flatMap(List::stream)
                .map(PactFailureMessage::describe).distinct().toList();
        String text = parts.isEmpty() ? failed.getDescription() : String.join("; ", parts);
        text = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return text.length() > MAX ? text.substring(0, MAX) + " ..." : text;
    }

    private static String describe(VerificationFailureType failure) {
        if (failure instanceof VerificationFailureType.MismatchFailure m) {
            Mismatch mismatch = m.getMismatch();
            String where = mismatch instanceof BodyMismatch body ? body.getPath() + " " : "";
            return mismatch.type() + ": " + where + mismatch.description();
        }
        if (failure instanceof VerificationFailureType.ExceptionFailure e) {
            Throwable cause = e.getE();
            return "the request failed: " + cause.getClass().getSimpleName() + " " + cause.getMessage();
        }
        return failure.description();
    }
}

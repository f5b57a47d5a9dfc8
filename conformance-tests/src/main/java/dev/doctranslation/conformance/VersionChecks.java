package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.ContractHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The rules a service version added to the contract, each checked against that version only. */
final class VersionChecks {
    /** The v1.1 status's link to the failed documents' status. */
    static final String FAILED_DOCUMENT_LINK = "@failedDocumentStatusLink";

    private VersionChecks() {}

    /**
     * {@code errors.x-ms-error-code} (2024-05-01): every error answer carries {@code x-ms-error-code},
     * equal to its {@code error.code}, so a client can branch on the code without reading the body.
     * The check asks for the errors a client meets: no key, an unknown id (GET and DELETE), a
     * malformed id, and with provider states a refused cancel. The validator judges each answer by
     * its rule {@code error.code-header}, as it judges every 2024-05-01 error any check sees; this
     * check makes sure each kind of error is seen, and says so when none carried a code to judge.
     */
    static void errorCodeHeader(CheckContext ctx) {
        String unknown = "/batches/" + UUID.randomUUID();
        List<Exchange> answers = new ArrayList<>();
        answers.add(ctx.raw("getTranslationStatus", "GET", unknown, null));
        answers.add(ctx.raw("getTranslationStatus", "GET", unknown, ctx.key()));
        answers.add(ctx.raw("cancelTranslation", "DELETE", unknown, ctx.key()));
        // Which 4xx a malformed id gets is id.malformed's rule; here only its header counts.
        ctx.downgrade("status.declared");
        answers.add(ctx.raw("getTranslationStatus", "GET", "/batches/not-a-uuid", ctx.key()));
        if (ctx.hasStates()) {
            try {
                answers.add(ctx.cancel(ctx.arrange("Succeeded")).exchange());
            } catch (StateUnavailableException e) {
                // The refused cancel is one error among five; the others still say what the check asks.
            }
        }
        boolean judged = answers.stream().anyMatch(a -> a.statusCode() >= 400 && Answers.hasErrorCode(a));
        ctx.expect(judged, "none of the " + answers.size() + " error requests got an error answer with an error.code"
                + " (" + answers.stream().map(a -> a.method() + " " + a.statusCode()).toList() + "); expected"
                + " errors in the Azure Core envelope, the code repeated in " + ContractHeaders.ERROR_CODE, null, "");
    }

    /**
     * {@code headers.retry-after} (2024-05-01, SHOULD): a status read and a cancel answer with
     * {@code Retry-After}, delay-seconds or an HTTP date, the interval the service wants a client to
     * poll at.
     */
    static void retryAfter(CheckContext ctx) {
        UUID id = ctx.arrange("Running");
        for (Exchange answer : List.of(ctx.get(id).exchange(), ctx.cancel(id).exchange())) {
            if (answer.statusCode() != 200) {
                ctx.expect(false, answer.requestLine() + " got " + answer.statusCode() + "; expected 200", answer, "");
                continue;
            }
            String value = answer.header(ContractHeaders.RETRY_AFTER);
            ctx.expect(value != null, "the 200 answer to " + answer.method() + " has no Retry-After; expected the"
                    + " seconds to wait before the next read", answer, "header:Retry-After");
            if (value != null) {
                ctx.expect(validRetryAfter(value), "Retry-After is '" + value + "'; expected delay-seconds or an HTTP"
                        + " date", answer, "header:Retry-After");
            }
        }
    }

    /** RFC 9110 §10.2.3: a non-negative integer of seconds, or an IMF-fixdate. */
    static boolean validRetryAfter(String value) {
        String v = value.trim();
        if (v.matches("[0-9]{1,10}")) {
            return true;
        }
        try {
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * {@code status.failed-document-link} (v1.1): the status may link the failed documents' status
     * in {@code @failedDocumentStatusLink}; when it does, the link is an absolute http(s) URL a
     * client can follow. Read from operations with and without failed documents.
     */
    static void failedDocumentLink(CheckContext ctx) {
        for (String status : new String[] {"Running", "Failed"}) {
            Exchange answer = ctx.get(ctx.arrange(status)).exchange();
            if (answer.statusCode() != 200) {
                ctx.expect(false, "status read of a " + status + " operation got " + answer.statusCode()
                        + "; expected 200", answer, "");
                continue;
            }
            Answers.field(answer, FAILED_DOCUMENT_LINK).ifPresent(link -> linkProblem(link).ifPresent(problem ->
                    ctx.expect(false, FAILED_DOCUMENT_LINK + " of a " + status + " operation " + problem, answer,
                            "$['" + FAILED_DOCUMENT_LINK + "']")));
        }
    }

    /** What is wrong with a link as sent, or empty for an absolute http(s) URL. */
    static Optional<String> linkProblem(JsonNode sent) {
        if (!sent.isTextual()) {
            return Optional.of("is " + sent + ", not a string; expected an absolute http(s) URL");
        }
        String link = sent.textValue();
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return Optional.empty();
            }
            return Optional.of("is '" + link + "'; expected an absolute http(s) URL with a host");
        } catch (URISyntaxException e) {
            return Optional.of("is '" + link + "', not a URL (" + e.getReason() + "); expected an absolute"
                    + " http(s) URL");
        }
    }
}

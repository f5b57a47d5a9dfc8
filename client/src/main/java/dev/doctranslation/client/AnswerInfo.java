package dev.doctranslation.client;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import dev.doctranslation.contract.ContractHeaders;

/**
 * What an exception keeps of the answer it reports, besides the status and the decoded
 * {@code TranslationError}: the request id, the {@code x-ms-error-code} header and the error in
 * the version-neutral shape. {@link #NONE} for failures without an answer.
 */
record AnswerInfo(String requestId, String errorCodeHeader, ResponseError responseError) {
    /** Azure Core repeats the error code in this header, so it is known even without a body. */
    static final String ERROR_CODE_HEADER = "x-ms-error-code";
    static final AnswerInfo NONE = new AnswerInfo(null, null, null);

    static AnswerInfo of(Map<String, List<String>> headers, ResponseError error) {
        Optional<String> code = ContractHeaders.first(headers, ERROR_CODE_HEADER).map(String::strip)
                .filter(v -> !v.isEmpty());
        return new AnswerInfo(RequestIds.of(headers).orElse(null), code.orElse(null), error);
    }
}

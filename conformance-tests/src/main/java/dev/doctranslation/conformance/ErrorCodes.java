package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import java.util.Optional;

/**
 * Which {@code error.code} a check may expect, by version. The v1.x specs list seven codes
 * ({@code TranslationErrorCode}) and say which answer carries which: a check expects that one.
 * The Azure Core generation (2024-05-01) answers errors with Azure Core's {@code ErrorResponse},
 * whose code is a free string the spec lists no values for: any code is accepted there (the
 * validator still asks for a code and a message, and the {@code errors.x-ms-error-code} check for
 * the same code in the header).
 */
final class ErrorCodes {
    private ErrorCodes() {}

    /** Whether {@code version}'s spec lists the codes its errors carry. */
    static boolean listed(ServiceVersion version) {
        return version.errorEnvelope() == ErrorEnvelope.TRANSLATION_ERROR;
    }

    /**
     * What is wrong with the code of {@code answer}, where a v1.x answer would carry {@code code};
     * empty when the code is right for {@code version}.
     */
    static Optional<String> problem(ServiceVersion version, Exchange answer, String code) {
        String found = Answers.errorCode(answer);
        if (listed(version)) {
            return code.equals(found) ? Optional.empty()
                    : Optional.of("error.code is " + found + "; expected " + code);
        }
        return Answers.hasErrorCode(answer) ? Optional.empty()
                : Optional.of("error.code is " + found + "; expected a code (" + version + " lists none: any code"
                        + " is right, " + code + " as in v1.x too)");
    }
}

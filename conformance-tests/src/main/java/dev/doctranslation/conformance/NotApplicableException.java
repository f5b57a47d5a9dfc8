package dev.doctranslation.conformance;

/**
 * A check does not apply to this target (HSTS to a plain-http one), so it is skipped with the
 * reason, never passed.
 */
final class NotApplicableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotApplicableException(String reason) {
        super(reason, null, false, false);
    }
}

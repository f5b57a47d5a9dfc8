package dev.doctranslation.conformance;

/** A provider state could not be arranged, so the check that needs it is skipped, never passed. */
final class StateUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}

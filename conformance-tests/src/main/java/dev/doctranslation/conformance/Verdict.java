package dev.doctranslation.conformance;

/** How a check ended. */
public enum Verdict {
    /** Every MUST held (SHOULD deviations may have been warned). */
    PASSED,
    /** A MUST did not hold. */
    FAILED,
    /** The check could not run: its state could not be arranged, or it was not selected. Never a pass. */
    SKIPPED
}

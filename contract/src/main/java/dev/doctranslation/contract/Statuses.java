package dev.doctranslation.contract;

import dev.doctranslation.contract.models.Status;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the contract says about operation statuses beyond their list: which are terminal, and how
 * a status is read when a provider follows the reference page's spelling instead of the wire's.
 */
public final class Statuses {
    /**
     * The statuses an operation never leaves: a cancel of one is refused with 400 InvalidRequest,
     * and its summary has nothing in progress or waiting. Immutable.
     */
    public static final Set<Status> TERMINAL = Collections.unmodifiableSet(
            EnumSet.of(Status.SUCCEEDED, Status.FAILED, Status.CANCELLED, Status.VALIDATION_FAILED));

    /**
     * The reference page's spelling of {@link Status#CANCELLED}. The wire value is {@code Cancelled}
     * (the service, its published specs and every Azure SDK send it); {@code Canceled} is accepted
     * when read and reported as a deviation.
     */
    public static final String PAGE_SPELLING_OF_CANCELLED = "Canceled";

    private Statuses() {}

    /** Whether {@code status} is one of {@link #TERMINAL}; false for null. */
    public static boolean isTerminal(Status status) {
        return status != null && TERMINAL.contains(status);
    }

    /**
     * The status a wire value means, accepting the page's {@code Canceled}; an unknown value is
     * {@link Status#UNKNOWN_DEFAULT_OPEN_API} (forward compatibility), null stays null.
     */
    public static Status read(String wireValue) {
        if (wireValue == null) {
            return null;
        }
        return isPageSpelling(wireValue) ? Status.CANCELLED : Status.fromValue(wireValue);
    }

    /** Whether a provider sent the page's spelling rather than the wire value. */
    public static boolean isPageSpelling(String wireValue) {
        return PAGE_SPELLING_OF_CANCELLED.equals(wireValue);
    }
}

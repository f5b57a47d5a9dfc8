package dev.doctranslation.contract;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
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

    /**
     * Whether the summary of {@code status} counts the operation's documents. The live service
     * answers a summary of all zeros before it has counted them: right after the submission, and
     * in the answer to a cancel sent then; a read a moment later shows the total (the Azure SDKs'
     * recorded sessions, transcribed in the contract module's test resources). Such a summary says
     * nothing about the counts yet, so no count "went down" to it. A terminal status always counts
     * them, zeros included: an operation ends only once its documents are counted. False for a
     * status without a summary.
     */
    public static boolean documentsCounted(TranslationStatus status) {
        if (status == null || status.getSummary() == null) {
            return false;
        }
        if (isTerminal(status.getStatus())) {
            return true;
        }
        StatusSummary s = status.getSummary();
        return nonZero(s.getTotal()) || nonZero(s.getSuccess()) || nonZero(s.getFailed()) || nonZero(s.getInProgress())
                || nonZero(s.getNotYetStarted()) || nonZero(s.getCancelled()) || nonZero(s.getTotalCharacterCharged());
    }

    private static boolean nonZero(Number count) {
        return count != null && count.longValue() != 0;
    }
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.Statuses;

import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.constraints.TerminalSettled;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What may not happen between two observations of the same operation, earlier then later.
 *
 * <p>The counts are compared only when the later summary counts the documents ({@link
 * Statuses#documentsCounted}): the live service answers a summary of all zeros before it has
 * counted them, the answer to a cancel sent right after the submission included, and shows the
 * total a moment later. So {@code total} may go from such a summary to its count, and is fixed from
 * then on; no count "goes down" to such a summary. A caller that follows an operation over many
 * observations compares each with the last one that counted the documents (the kit does).
 */
final class TransitionRules {
    private TransitionRules() {}

    static List<Violation> check(TranslationStatus earlier, TranslationStatus later) {
        List<Violation> found = new ArrayList<>();
        if (earlier.getSummary() != null && later.getSummary() != null && Statuses.documentsCounted(later)) {
            notLowered(found, Rule.TRANSITION_SUCCESS_KEPT, "success", StatusSummary::getSuccess, earlier, later);
            notLowered(found, Rule.TRANSITION_FAILED_KEPT, "failed", StatusSummary::getFailed, earlier, later);
            notLowered(found, Rule.TRANSITION_CANCELLED_KEPT, "cancelled", StatusSummary::getCancelled, earlier, later);
            notLowered(found, Rule.TRANSITION_CHARGE_KEPT, "totalCharacterCharged", StatusSummary::getTotalCharacterCharged,
                    earlier, later);
            Integer before = earlier.getSummary().getTotal();
            Integer after = later.getSummary().getTotal();
            if (Statuses.documentsCounted(earlier) && before != null && after != null && !before.equals(after)) {
                found.add(Rule.TRANSITION_TOTAL_FIXED.at("$.summary.total", "total went from " + before + " to " + after
                        + "; expected it unchanged once the documents are counted"));
            }
        }
        if (earlier.getCreatedDateTimeUtc() != null && later.getCreatedDateTimeUtc() != null
                && !earlier.getCreatedDateTimeUtc().isEqual(later.getCreatedDateTimeUtc())) {
            found.add(Rule.TRANSITION_CREATED_FIXED.at("$.createdDateTimeUtc", "createdDateTimeUtc went from "
                    + earlier.getCreatedDateTimeUtc() + " to " + later.getCreatedDateTimeUtc() + "; expected it unchanged"));
        }
        if (Statuses.isTerminal(earlier.getStatus()) && later.getStatus() != earlier.getStatus()) {
            found.add(Rule.TRANSITION_TERMINAL_FINAL.at("$.status", "status went from terminal " + earlier.getStatus()
                    + " to " + later.getStatus() + "; expected it to stay " + earlier.getStatus()));
        }
        if (earlier.getLastActionDateTimeUtc() != null && later.getLastActionDateTimeUtc() != null
                && later.getLastActionDateTimeUtc().isBefore(earlier.getLastActionDateTimeUtc())) {
            found.add(Rule.TRANSITION_LAST_ACTION_FORWARD.at("$.lastActionDateTimeUtc", "lastActionDateTimeUtc went back from "
                    + earlier.getLastActionDateTimeUtc() + " to " + later.getLastActionDateTimeUtc()
                    + "; expected it at or after the earlier value"));
        }
        return found;
    }

    private static void notLowered(List<Violation> found, Rule rule, String name,
            Function<StatusSummary, ? extends Number> count, TranslationStatus earlier, TranslationStatus later) {
        Number before = count.apply(earlier.getSummary());
        Number after = count.apply(later.getSummary());
        if (before != null && after != null && after.longValue() < before.longValue()) {
            found.add(rule.at("$.summary." + name, name + " went down from " + before + " to " + after
                    + "; expected at least " + before));
        }
    }
}

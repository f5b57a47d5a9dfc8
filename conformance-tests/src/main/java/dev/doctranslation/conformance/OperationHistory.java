package dev.doctranslation.conformance;

import dev.doctranslation.contract.Statuses;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.ContractValidator;
import dev.doctranslation.validator.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the kit has seen of one operation, one answer after the other, held to the validator's
 * transition rules. Two things the live service does are not transitions, as its recorded
 * sessions show (the contract module's {@code recordings/}):
 *
 * <ul>
 *   <li>An answer a shared cache serves again: it carries {@code Age} (only a cache sends it, RFC
 *       9111) and repeats a body seen before. It is that earlier observation seen again, so it is
 *       not compared; read as new, it shows a cancelled operation NotStarted again and
 *       lastActionDateTimeUtc going back, for as long as the cache keeps it (a minute, recorded).
 *   <li>A summary of all zeros on a status that is not terminal: the documents are not counted
 *       yet ({@link Statuses#documentsCounted}). Each later answer's counts are compared with the
 *       last summary that counted them, so a count that went down across such an answer is still
 *       found.
 * </ul>
 *
 * <p>Not thread-safe: one check, one thread.
 */
final class OperationHistory {
    private final ContractValidator validator;
    private final List<byte[]> bodies = new ArrayList<>();
    private TranslationStatus latest;
    private TranslationStatus lastCounted;

    OperationHistory(ContractValidator validator) {
        this.validator = validator;
    }

    /**
     * Adds an answer about the operation and gives what it breaks against what came before;
     * nothing for an answer that did not decode or that a cache served again.
     */
    List<Violation> observe(Exchange answer, TranslationStatus status) {
        if (status == null || isServedAgain(answer)) {
            return List.of();
        }
        bodies.add(answer.body());
        List<Violation> found = latest == null ? List.of() : validator.validateTransition(comparable(), status);
        latest = status;
        if (Statuses.documentsCounted(status)) {
            lastCounted = status;
        }
        return found;
    }

    /** Whether a shared cache served {@code answer} again: it carries {@code Age} and a body already seen. */
    boolean isServedAgain(Exchange answer) {
        return answer.header("Age") != null && bodies.stream().anyMatch(b -> Arrays.equals(b, answer.body()));
    }

    /** The latest observation, with the counts of the last one that counted the documents. */
    private TranslationStatus comparable() {
        if (lastCounted == null || lastCounted == latest) {
            return latest;
        }
        return new TranslationStatus().id(latest.getId()).createdDateTimeUtc(latest.getCreatedDateTimeUtc())
                .lastActionDateTimeUtc(latest.getLastActionDateTimeUtc()).status(latest.getStatus())
                .summary(lastCounted.getSummary());
    }
}

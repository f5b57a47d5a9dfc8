package dev.doctranslation.mock;

import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The observations of each operation a test has seen, checked pairwise by the validator's
 * transition rules (success and failed never go down, total fixed, a terminal status final,
 * lastActionDateTimeUtc never back).
 *
 * <p>Two observations are ordered only when one response had arrived before the other request was
 * sent: the server may answer overlapping requests in either order, so their snapshots have no
 * order a client could rely on. Each new observation is checked against every kept observation it
 * is ordered with; the latest {@value #KEPT} per operation are kept, which bounds the cost under
 * load (a regression further back would also be one against a kept, later observation).
 *
 * <p>Thread-safe.
 */
final class OperationHistory {

    static final int KEPT = 32;

    private record Observation(TranslationStatus status, long sentAt, long receivedAt) {}

    private final Map<UUID, Deque<Observation>> byOperation = new ConcurrentHashMap<>();
    private final AtomicLong observations = new AtomicLong();
    private final AtomicLong pairsChecked = new AtomicLong();

    /**
     * Records one observation, made by a request sent at {@code sentAt} and answered at {@code
     * receivedAt} ({@link System#nanoTime()}), and answers the transition rules it breaks.
     */
    List<String> observe(TranslationStatus status, long sentAt, long receivedAt) {
        if (status == null || status.getId() == null) {
            return List.of();
        }
        observations.incrementAndGet();
        Observation now = new Observation(status, sentAt, receivedAt);
        Deque<Observation> seen = byOperation.computeIfAbsent(status.getId(), id -> new ArrayDeque<>());
        List<Violation> found = new ArrayList<>();
        synchronized (seen) {
            for (Observation other : seen) {
                if (other.receivedAt() < now.sentAt()) {
                    found.addAll(ContractCheck.VALIDATOR.validateTransition(other.status(), now.status()));
                    pairsChecked.incrementAndGet();
                } else if (now.receivedAt() < other.sentAt()) {
                    // Recorded late, but made before the other request was sent.
                    found.addAll(ContractCheck.VALIDATOR.validateTransition(now.status(), other.status()));
                    pairsChecked.incrementAndGet();
                }
            }
            seen.addLast(now);
            if (seen.size() > KEPT) {
                seen.removeFirst();
            }
        }
        return found.stream().map(v -> v + " (operation " + status.getId() + ")").toList();
    }

    /** Fails the calling test on any broken transition rule. */
    void assertObserved(TranslationStatus status, long sentAt, long receivedAt) {
        List<String> problems = observe(status, sentAt, receivedAt);
        if (!problems.isEmpty()) {
            throw new AssertionError("Observations of one operation break the contract's transition rules:\n  "
                    + String.join("\n  ", problems));
        }
    }

    long observations() {
        return observations.get();
    }

    long pairsChecked() {
        return pairsChecked.get();
    }

    int operations() {
        return byOperation.size();
    }
}

package dev.doctranslation.client.reliability;

import dev.doctranslation.client.RetryOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One randomized run: an operation, a retry budget and cap, and the server's script. Knows what
 * the documented behaviour makes of it, so a property can compare.
 */
record FaultScenario(Operation operation, int maxRetries, Duration maxRetryAfter, List<Answer> script) {
    enum Operation {
        CANCEL, STATUS
    }

    RetryOptions retryOptions() {
        return RetryOptions.defaults().withMaxRetries(maxRetries).withMaxRetryAfter(maxRetryAfter);
    }

    Answer answerAt(int request) {
        return script.get(Math.min(request, script.size() - 1));
    }

    /** What must happen: the value or failure, how many requests the server gets, and what each wait must be. */
    record Expected(Answer.Ok value, Answer.ExpectedFailure failure, int requests, List<Answer> retriedAfter) {}

    Expected expected() {
        int served = 0;
        List<Answer> retriedAfter = new java.util.ArrayList<>();
        while (true) {
            // The transport sends nothing by itself: every request the server gets is one of the SDK's attempts.
            Answer answer = answerAt(served++);
            if (answer instanceof Answer.Ok ok) {
                return new Expected(ok, null, served, retriedAfter);
            }
            if (!answer.retried() || retriedAfter.size() == maxRetries) {
                return new Expected(null, answer.failure(), served, retriedAfter);
            }
            retriedAfter.add(answer);
        }
    }

    /**
     * Whether {@code wait}, the client's wait before retry number {@code retry} (1-based) at clock
     * {@code now}, is right after {@code answer}: what the server asked (capped), else backoff.
     */
    boolean isRightWait(Answer answer, int retry, Instant now, Duration wait) {
        RetryAfterHeader asked = answer instanceof Answer.Throttled t ? t.retryAfter()
                : answer instanceof Answer.ServerError e ? e.retryAfter()
                : answer instanceof Answer.GatewayPage g ? g.retryAfter()
                : new RetryAfterHeader.None();
        Optional<Duration> exact = asked.expectedWait(now, maxRetryAfter);
        if (exact.isPresent()) {
            return wait.equals(exact.get());
        }
        RetryOptions options = retryOptions();
        long base = Math.min(options.baseDelay().toMillis() << Math.min(retry - 1, 20), options.maxDelay().toMillis());
        // +-20 % jitter, rounded to the millisecond.
        return wait.toMillis() >= Math.floor(base * 0.8) && wait.toMillis() <= Math.ceil(base * 1.2);
    }

    @Override
    public String toString() {
        return operation + " maxRetries=" + maxRetries + " cap=" + maxRetryAfter + " script=" + script;
    }
}

package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An interrupt is the caller asking to stop: wherever it lands (the HTTP call, a retry wait, a
 * poll wait) the client stops at once with {@link OperationInterruptedException}, which is no
 * {@link TransportException} (so retrying those never retries it), sends nothing more and leaves
 * the thread's interrupt flag set.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InterruptTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);
    private static final Sleeper INTERRUPTED = duration -> {
        throw new InterruptedException("test interrupt");
    };

    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    @Test
    void anInterruptDuringARetryWaitIsNotRetriedAndKeepsTheFlag() {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "2");
        enqueue(200, Bodies.status("Cancelling"));
        DocumentTranslationClient client = builder().sleeper(INTERRUPTED).build();

        Outcome outcome = Outcome.of(() -> client.cancelTranslation(ID));

        assertThat(outcome.thrown).isInstanceOf(OperationInterruptedException.class)
                .isNotInstanceOf(TransportException.class)
                .hasMessageContaining("interrupted while waiting 2 s to retry DELETE")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(((DocumentTranslationException) outcome.thrown).statusCode()).isZero();
        assertThat(outcome.interruptFlag).as("the thread's interrupt flag is set again").isTrue();
        assertThat(server.getRequestCount()).as("no retry after the interrupt").isEqualTo(1);
    }

    @Test
    void anInterruptDuringAPollWaitEndsTheWait() {
        enqueue(200, Bodies.status("Cancelling"));
        enqueue(200, Bodies.status("Cancelled"));
        DocumentTranslationClient client = builder().sleeper(INTERRUPTED).build();

        Outcome outcome = Outcome.of(() -> client.cancelTranslationAndWait(ID, Duration.ofMinutes(1)));

        assertThat(outcome.thrown).isInstanceOf(OperationInterruptedException.class)
                .hasMessage("interrupted while waiting 1 s to read the status of operation " + ID + " again");
        assertThat(outcome.interruptFlag).isTrue();
        assertThat(server.getRequestCount()).as("the cancel only, no status read").isEqualTo(1);
    }

    @Test
    void anInterruptDuringTheHttpCallIsNotAConnectionFailureAndIsNotRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(Bodies.status("Cancelling"))
                .headersDelay(20, TimeUnit.SECONDS).build());
        enqueue(200, Bodies.status("Cancelling"));
        DocumentTranslationClient client = client();
        CompletableFuture<Outcome> call = new CompletableFuture<>();
        Thread caller = new Thread(() -> call.complete(Outcome.of(() -> client.cancelTranslation(ID))), "interrupted-caller");
        caller.start();

        assertThat(server.takeRequest(10, TimeUnit.SECONDS)).as("the request is in flight").isNotNull();
        caller.interrupt();
        Outcome outcome = call.get(10, TimeUnit.SECONDS);

        assertThat(outcome.thrown).isInstanceOf(OperationInterruptedException.class)
                .isNotInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("DELETE /translator/text/batch/v1.0-preview.1/batches/" + ID + " was interrupted");
        assertThat(outcome.interruptFlag).isTrue();
        assertThat(time.sleeps()).as("no retry wait").isEmpty();
        assertThat(server.getRequestCount()).as("no retry").isEqualTo(1);
    }

    @Test
    void aThreadInterruptedBeforeTheCallSendsNothing() {
        enqueue(200, Bodies.status("Running"));
        DocumentTranslationClient client = client();

        Outcome outcome = Outcome.of(() -> {
            Thread.currentThread().interrupt();
            client.getTranslationStatus(ID);
        });

        assertThat(outcome.thrown).isInstanceOf(OperationInterruptedException.class);
        assertThat(outcome.interruptFlag).isTrue();
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    /** What a call threw, and whether its thread was left interrupted (read, then cleared). */
    private record Outcome(Throwable thrown, boolean interruptFlag) {
        static Outcome of(Runnable call) {
            try {
                call.run();
                return new Outcome(null, Thread.interrupted());
            } catch (RuntimeException e) {
                return new Outcome(e, Thread.interrupted());
            }
        }
    }
}

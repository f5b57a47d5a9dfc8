package dev.doctranslation.client.reliability;

import dev.doctranslation.client.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationException;
import dev.doctranslation.client.LogLevel;
import dev.doctranslation.client.TransportException;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of faults and statuses, then perhaps a success, against a real server. One
 * property per fault kind, each sequence holding that kind at least once among others. For every
 * sequence: no hang, the value or exception the documented behaviour gives (exact type, kind and
 * status), exactly the expected number of requests, every wait right (server's ask capped, else
 * backoff), and the key (echoed by the server everywhere) in no log line, message or toString().
 *
 * <p>Tries per property: {@code jqwik.tries.default}, set by client/pom.xml (few in the normal
 * build, 200 in the {@code reliability-long} profile).
 */
class RandomFaultSequencesTest {
    /** A hang guard far above any honest run (a few read timeouts), not a speed requirement. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final List<String> STATUSES = List.of("NotStarted", "Running", "Succeeded", "Failed", "Cancelled",
            "Cancelling", "ValidationFailed");

    private static FaultServer server;
    private static ExecutorService caller;

    @BeforeContainer
    static void start() {
        server = new FaultServer().echoing(Payloads.KEY);
        caller = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fault-sequence-caller");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterContainer
    static void stop() {
        caller.shutdownNow();
        server.close();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Focus {
        FaultKind value();
    }

    @Property
    void connectionReset(@ForAll("sequences") @Focus(FaultKind.CONNECTION_RESET) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void emptyResponse(@ForAll("sequences") @Focus(FaultKind.EMPTY_RESPONSE) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void malformedChunk(@ForAll("sequences") @Focus(FaultKind.MALFORMED_CHUNK) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void randomDataThenClose(@ForAll("sequences") @Focus(FaultKind.RANDOM_DATA_THEN_CLOSE) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void headersAfterTheReadTimeout(
            @ForAll("sequences") @Focus(FaultKind.HEADERS_AFTER_READ_TIMEOUT) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void bodyAfterTheReadTimeout(@ForAll("sequences") @Focus(FaultKind.BODY_AFTER_READ_TIMEOUT) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void notJson(@ForAll("sequences") @Focus(FaultKind.NOT_JSON) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void truncatedJson(@ForAll("sequences") @Focus(FaultKind.TRUNCATED_JSON) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void throttled429(@ForAll("sequences") @Focus(FaultKind.THROTTLED_429) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void serverError500(@ForAll("sequences") @Focus(FaultKind.SERVER_ERROR_500) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void unavailable503(@ForAll("sequences") @Focus(FaultKind.UNAVAILABLE_503) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void requestTimeout408(@ForAll("sequences") @Focus(FaultKind.REQUEST_TIMEOUT_408) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void badGateway502(@ForAll("sequences") @Focus(FaultKind.BAD_GATEWAY_502) FaultScenario scenario) {
        check(scenario);
    }

    @Property
    void gatewayTimeout504(@ForAll("sequences") @Focus(FaultKind.GATEWAY_TIMEOUT_504) FaultScenario scenario) {
        check(scenario);
    }

    /**
     * 0-4 fast answers with the focus kind put in among them, then a success two times in three. A
     * slow kind is never last, so it is served once (the last answer repeats): each costs a real
     * read timeout, and the every-attempt case is TransportFaultTest's.
     */
    @Provide
    Arbitrary<FaultScenario> sequences(TypeUsage parameter) {
        FaultKind focus = parameter.findAnnotation(Focus.class).orElseThrow().value();
        Arbitrary<List<Answer>> others = FaultKind.anyFast().list().ofMinSize(focus.slow ? 1 : 0).ofMaxSize(4);
        Arbitrary<List<Answer>> withFocus = Combinators.combine(others, focus.answers(), Arbitraries.integers().between(0, 4))
                .as((list, answer, at) -> {
                    List<Answer> script = new ArrayList<>(list);
                    script.add(Math.min(at, focus.slow ? script.size() - 1 : script.size()), answer);
                    return script;
                });
        Arbitrary<Answer> success = Combinators.combine(Arbitraries.create(UUID::randomUUID), Arbitraries.of(STATUSES))
                .as(Answer.Ok::new);
        Arbitrary<List<Answer>> scripts = Combinators.combine(withFocus, success, Arbitraries.integers().between(0, 2))
                .as((script, ok, coin) -> {
                    List<Answer> all = new ArrayList<>(script);
                    if (coin > 0) {
                        all.add(ok);
                    }
                    return List.copyOf(all);
                });
        return Combinators.combine(Arbitraries.of(FaultScenario.Operation.values()), Arbitraries.integers().between(0, 4),
                        Arbitraries.of(Duration.ofSeconds(5), Duration.ofSeconds(60)), scripts)
                .as(FaultScenario::new);
    }

    private void check(FaultScenario scenario) {
        FaultScenario.Expected expected = scenario.expected();
        server.script(scenario.script());
        FakeTime time = new FakeTime();
        boolean slow = scenario.script().stream().anyMatch(a -> a instanceof Answer.Stall || a instanceof Answer.StalledBody);
        DocumentTranslationClient client = DocumentTranslationClient.builder().endpoint(server.endpoint())
                .subscriptionKey(Payloads.KEY).logLevel(LogLevel.BODY).retryOptions(scenario.retryOptions())
                .readTimeout(slow ? FaultKind.READ_TIMEOUT_WITH_STALLS : Duration.ofSeconds(10))
                .clock(time).sleeper(time).build();
        UUID id = UUID.randomUUID();
        List<String> seen = new ArrayList<>();

        Object outcome;
        try (LogCapture logs = LogCapture.start()) {
            outcome = callWithinTheHangGuard(() -> switch (scenario.operation()) {
                case CANCEL -> client.cancelTranslation(id);
                case STATUS -> client.getTranslationStatus(id);
            });
            seen.addAll(logs.lines());
        }

        if (expected.value() != null) {
            assertThat(outcome).as("the success body served").isInstanceOfSatisfying(TranslationStatus.class, status -> {
                assertThat(status.getId()).isEqualTo(expected.value().id());
                assertThat(status.getStatus()).isEqualTo(Status.fromValue(expected.value().status()));
            });
            seen.add(outcome.toString());
            Statistics.collect("value");
        } else {
            assertThat(outcome).as("the exception of the last answer").isInstanceOf(expected.failure().type());
            assertThat(outcome.getClass()).isEqualTo(expected.failure().type());
            DocumentTranslationException e = (DocumentTranslationException) outcome;
            assertThat(e.statusCode()).isEqualTo(expected.failure().statusCode());
            if (e instanceof TransportException t) {
                assertThat(t.kind()).isEqualTo(expected.failure().kind());
            }
            if (scenario.answerAt(expected.requests() - 1) instanceof Answer.GatewayPage) {
                assertThat(e.error()).as("a page is no decoded error").isEmpty();
                assertThat(e.getMessage()).as("the page is quoted, cut short")
                        .contains("not the documented error: '<html> <head><title>" + e.statusCode())
                        .hasSizeLessThan(1_000);
            }
            seen.addAll(KeyEchoTest.texts(e));
            Statistics.collect(outcome.getClass().getSimpleName()
                    + (e instanceof TransportException t ? "/" + t.kind() : "/" + e.statusCode()));
        }

        assertThat(server.requestCount()).as("requests the server received").isEqualTo(expected.requests());
        List<Duration> sleeps = time.sleeps();
        assertThat(sleeps).as("one wait per retry").hasSize(expected.retriedAfter().size());
        Instant now = FakeTime.START;
        for (int i = 0; i < sleeps.size(); i++) {
            Answer after = expected.retriedAfter().get(i);
            assertThat(scenario.isRightWait(after, i + 1, now, sleeps.get(i)))
                    .as("wait %s before retry %d after %s at %s", sleeps.get(i), i + 1, after, now).isTrue();
            now = now.plus(sleeps.get(i));
        }
        seen.add(client.toString());
        assertThat(seen).as("log lines, messages and toString()").isNotEmpty()
                .noneSatisfy(text -> assertThat(text).contains(Payloads.KEY));
    }

    /** The value, or the exception the client threw; fails the property on a hang. */
    private static Object callWithinTheHangGuard(java.util.concurrent.Callable<TranslationStatus> call) {
        Future<TranslationStatus> future = caller.submit(call);
        try {
            return future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail("hang: no value or exception within " + HANG);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}

package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A start builds Jersey's application on the calling thread while Grizzly starts on another
 * ({@link GrizzlyStart}): the server listens before Jersey is ready. A request in that window waits
 * for Jersey and is then answered by it; a failed start leaves nothing running behind it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartTest {

    @Test
    void aRequestBeforeJerseyIsReadyWaitsForItAndIsThenAnsweredByIt() throws Exception {
        GuardedJerseyHandler handler = new GuardedJerseyHandler(null);
        CountingContainer jersey = new CountingContainer();
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> serve(handler));

        Thread.sleep(200);
        assertThat(early).isNotDone();
        assertThat(jersey.served).hasValue(0);

        handler.ready(jersey);
        early.get(10, TimeUnit.SECONDS);
        assertThat(jersey.started).hasValue(1);
        assertThat(jersey.served).hasValue(1);

        serve(handler);
        assertThat(jersey.served).hasValue(2);
        handler.destroy();
        handler.destroy();
        assertThat(jersey.destroyed).hasValue(1);
    }

    @Test
    void aRequestWaitingForJerseyFailsWhenTheStartFails() throws Exception {
        GuardedJerseyHandler handler = new GuardedJerseyHandler(null);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> {
            waiting.countDown();
            serve(handler);
        });
        waiting.await();

        handler.failed(new IllegalStateException("Jersey's application cannot be built"));

        assertThatThrownBy(() -> early.get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("Jersey's application cannot be built");
    }

    @Test
    void aContainerAlreadyStartedIsDestroyedOnceWhenTheStartFailsAfterIt() {
        GuardedJerseyHandler handler = new GuardedJerseyHandler(null);
        CountingContainer jersey = new CountingContainer();
        handler.ready(jersey);

        handler.failed(new IllegalStateException("the port is taken"));
        handler.destroy(); // as the server's stop would

        assertThat(jersey.destroyed).hasValue(1);
    }

    @Test
    void aPortInUseFailsTheStartAndLeavesNoThreadOfItsOwnRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int before = startThreads();

            assertThatThrownBy(() -> MockServer.builder().port(taken.getLocalPort()).start())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());

            for (int i = 0; i < 100 && startThreads() > before; i++) {
                Thread.sleep(50);
            }
            assertThat(startThreads()).isEqualTo(before);
        }
        // The port's failure left nothing bound that would keep a later start from working.
        try (MockServer mock = MockServer.start()) {
            assertThat(mock.port()).isPositive();
        }
    }

    private static void serve(GuardedJerseyHandler handler) {
        try {
            handler.service(null, null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** The threads a start makes that only its stop ends: none may outlive a failed start. */
    private static int startThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive())
                .filter(t -> t.getName().equals("mock-transport-start") || t.getName().equals("mock-request-log")
                        || t.getName().equals("mock-header-read-timeout"))
                .count();
    }

    /** Stands for Jersey's container: counts what the guard asks of it. */
    private static final class CountingContainer extends HttpHandler {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger destroyed = new AtomicInteger();

        @Override
        public void start() {
            started.incrementAndGet();
        }

        @Override
        public void service(Request request, Response response) {
            served.incrementAndGet();
        }

        @Override
        public void destroy() {
            destroyed.incrementAndGet();
        }
    }
}

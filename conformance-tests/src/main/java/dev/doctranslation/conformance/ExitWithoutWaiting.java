package dev.doctranslation.conformance;

import java.time.Duration;
import java.util.List;

/**
 * Lets the kit's JVM exit at once when its run is over. At exit the JVM waits up to 300 ms for
 * every thread that is inside native code to come out, and the selector thread of each JDK {@code
 * java.net.http.HttpClient} sits in {@code epoll_wait} until its client is collected: JDK 17's
 * client has no {@code close()}. Interrupting a selector thread ends its loop (the JDK client
 * stops its selector when interrupted), which took a third of a second off every run of the jar.
 * Only for the command line, after its last line is written: the clients are never used again.
 */
final class ExitWithoutWaiting {
    /** The JDK client's selector threads are named {@code HttpClient-<n>-SelectorManager}. */
    private static final String SELECTOR_THREAD_SUFFIX = "-SelectorManager";
    private static final Duration JOIN_WAIT = Duration.ofMillis(100);

    private ExitWithoutWaiting() {}

    static void stopIdleHttpClientThreads() {
        List<Thread> selectors = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith(SELECTOR_THREAD_SUFFIX))
                .toList();
        selectors.forEach(Thread::interrupt);
        for (Thread selector : selectors) {
            try {
                selector.join(JOIN_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

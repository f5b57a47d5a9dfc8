package dev.doctranslation.client;

import java.time.Duration;

/** How the client waits between retries and polls; replaceable so tests need not really sleep. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    /** Waits for the given time. */
    void sleep(Duration duration) throws InterruptedException;
}

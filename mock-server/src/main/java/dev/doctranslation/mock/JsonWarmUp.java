package dev.doctranslation.mock;

/**
 * Makes {@link Json}'s mapper, and the serialisers of every kind of body the mock answers, on a
 * thread of its own, while the starting thread builds Jersey's application: the two take about as
 * long, and on a machine with a second core the first answer no longer waits for both in turn.
 * Jersey's start-up never touches Jackson (it has no JSON provider here), so the two threads do not
 * initialise the same classes. Nothing depends on this finishing: whatever uses the mapper first
 * waits for it, as it always would, and a failure here shows again where it matters.
 *
 * <p>A class apart from {@link Json} on purpose: calling a static method of {@code Json} would
 * initialise it on the calling thread, and its initialiser builds the mapper, the larger part of the
 * warm-up; the thread's body is a lambda here, so {@code Json} is first touched on the new thread.
 */
final class JsonWarmUp {

    private JsonWarmUp() {}

    static void inBackground() {
        Thread warmUp = new Thread(() -> Json.warmUp(), "mock-json-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}

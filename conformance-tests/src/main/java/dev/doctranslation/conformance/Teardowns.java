package dev.doctranslation.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When an arranged operation's provider state is torn down: at once, after the check, when one
 * version is checked; at the end of the run when versions run side by side. Pact's state-change
 * convention gives a teardown the state's params, not the id it arranged, so a provider may forget
 * every operation the state ever arranged (the reference mock does): torn down after one version's
 * check, it would pull the operations from under another version's check in flight.
 */
interface Teardowns {
    /** Tears down at once. */
    Teardowns NOW = (states, state, params) -> states.teardown(state, params);

    void teardown(StateChange states, String state, Map<String, Object> params);

    /** Keeps each distinct teardown until {@link #runAll()}, once however often it was asked for. */
    final class Deferred implements Teardowns {
        private final Map<String, Runnable> pending = new LinkedHashMap<>();

        @Override
        public synchronized void teardown(StateChange states, String state, Map<String, Object> params) {
            pending.putIfAbsent(state + " " + params, () -> states.teardown(state, params));
        }

        /** Tears down what was kept, in the order it was first asked for. */
        void runAll() {
            Runnable[] all;
            synchronized (this) {
                all = pending.values().toArray(Runnable[]::new);
                pending.clear();
            }
            for (Runnable teardown : all) {
                teardown.run();
            }
        }
    }
}

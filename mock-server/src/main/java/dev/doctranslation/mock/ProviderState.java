package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;

/** One named provider state: what setup arranges and what teardown undoes. */
interface ProviderState {

    /** The exact name a Pact interaction gives in {@code providerStates[].name}. */
    String name();

    /** The params it reads, for the listing at {@code GET /_states}. */
    List<String> params();

    /** Arranges the state; answers the values a consumer's test may use (such as the id). */
    Map<String, Object> setup(StateParams params);

    /** Undoes what {@link #setup} arranged. */
    void teardown(StateParams params);
}

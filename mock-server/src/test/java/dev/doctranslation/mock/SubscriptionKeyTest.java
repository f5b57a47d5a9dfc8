package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SubscriptionKeyTest {

    @Test
    void matchesOnlyTheExactKey() {
        SubscriptionKey key = SubscriptionKey.of("0123456789abcdef0123456789abcdef");

        assertThat(key.matches("0123456789abcdef0123456789abcdef")).isTrue();
        assertThat(key.matches("0123456789ABCDEF0123456789ABCDEF")).isFalse();
        assertThat(key.matches("0123456789abcdef0123456789abcde")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    /** The digest is reused per thread; a shared one would mix concurrent checks up. */
    @Test
    void concurrentChecksEachGetTheirOwnAnswer() throws Exception {
        SubscriptionKey key = SubscriptionKey.of("0123456789abcdef0123456789abcdef");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> wrongAnswers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean right = t % 2 == 0;
                wrongAnswers.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String presented = right ? "0123456789abcdef0123456789abcdef" : "wrong-" + i;
                        if (key.matches(presented) != right) {
                            return true;
                        }
                    }
                    return false;
                }));
            }
            for (Future<Boolean> wrong : wrongAnswers) {
                assertThat(wrong.get()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverShowsTheKey() {
        assertThat(SubscriptionKey.of("secret-key-value").toString()).doesNotContain("secret");
        try (MockServer mock = MockServer.builder().key("secret-key-value").start()) {
            assertThat(mock.toString()).doesNotContain("secret");
        }
    }

    @Test
    void generatedKeysLookLikeATranslatorResourcesAndDiffer() {
        String a = SubscriptionKey.generate();

        assertThat(a).matches("[0-9a-f]{32}");
        assertThat(SubscriptionKey.generate()).isNotEqualTo(a);
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> SubscriptionKey.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

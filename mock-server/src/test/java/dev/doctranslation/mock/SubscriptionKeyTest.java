package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

package dev.doctranslation.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The expected subscription key, held only as its SHA-256 digest. Comparing digests with {@link
 * MessageDigest#isEqual} takes the same time whatever the presented key's length or content, so
 * timing tells a caller nothing about the key.
 */
final class SubscriptionKey {

    /**
     * One digest per thread: every API request is checked, and {@code MessageDigest.getInstance}
     * looks the provider up each time. A digest is not thread-safe, so it is never shared.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 =
            ThreadLocal.withInitial(SubscriptionKey::newSha256);

    private final byte[] digest;

    private SubscriptionKey(byte[] digest) {
        this.digest = digest;
    }

    static SubscriptionKey of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the subscription key must not be empty");
        }
        return new SubscriptionKey(sha256(key));
    }

    /** A new random key, 32 hex digits like the keys of a Translator resource. */
    static String generate() {
        byte[] bytes = new byte[16];
        Random.SOURCE.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(sha256(presented), digest);
    }

    @Override
    public String toString() {
        return "SubscriptionKey[redacted]";
    }

    /** {@link MessageDigest#digest(byte[])} also resets it, so the next use starts clean. */
    private static byte[] sha256(String value) {
        return SHA_256.get().digest(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Made on first use only: seeding a SecureRandom loads the platform's security providers, time
     * a start with a key of the caller's (every test's and the kit's) does not need to spend.
     */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package dev.doctranslation.conformance;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Wrong keys for the security probes: random, so none can match a real key or turn up in an
 * answer by chance, and never derived from the real key, which only the redactor may know (a
 * near-miss of it, echoed back, would pass the redactor and leak most of the key into reports).
 */
final class ProbeKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProbeKeys() {}

    /** 32 hex digits, the shape of a Translator resource key: what a prober would try. */
    static String keyShaped() {
        return hex(16);
    }

    /** Marked, so a provider's team can find the probe in their logs. */
    static String marked() {
        return "conformance-kit-probe-" + hex(8);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}

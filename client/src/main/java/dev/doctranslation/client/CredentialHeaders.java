package dev.doctranslation.client;

/**
 * The headers that say who is calling: the credential (read afresh for every attempt, so a
 * rotated key or a refreshed token takes effect at once) and the SDK's User-Agent.
 */
interface CredentialHeaders {
    /**
     * Adds the headers to one attempt's request.
     *
     * @throws IllegalStateException if the credential has nothing to give
     */
    void addTo(org.apache.hc.core5.http.HttpRequest request);

    /**
     * The secret itself, checked before it goes into a header: a line break in it would end the
     * header and start another (a header injection, or a request the server cuts short), and a
     * library that refuses such a value tends to quote it in its message, which must never hold
     * the secret.
     *
     * @return {@code secret}
     * @throws IllegalStateException naming {@code what} and the offending position, never the value
     */
    static String headerSafe(String what, String secret) {
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                throw new IllegalStateException(what + " has a character an HTTP header cannot carry (U+"
                        + String.format("%04X", (int) c) + " at index " + i + "); only visible ASCII and spaces are allowed");
            }
        }
        return secret;
    }
}

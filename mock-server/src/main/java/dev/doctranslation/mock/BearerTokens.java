package dev.doctranslation.mock;

import java.util.Locale;

/** Reads {@code Authorization: Bearer <token>} (RFC 6750), for the API's and the control route's checks. */
final class BearerTokens {

    private static final String BEARER = "bearer ";

    private BearerTokens() {}

    /** The token of {@code Authorization: Bearer <token>} (the scheme in any letter case), or null. */
    static String of(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}

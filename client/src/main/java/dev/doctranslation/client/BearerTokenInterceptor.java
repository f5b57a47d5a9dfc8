package dev.doctranslation.client;

import org.apache.hc.core5.http.HttpRequest;

/**
 * Adds {@code Authorization: Bearer <token>}, asking the credential before every request (it owns
 * caching and refresh), and the SDK's User-Agent. Remembers the last token sent, so that what a
 * server echoes of it can be taken out of messages, logs and listener observations without asking
 * the credential again.
 */
final class BearerTokenInterceptor implements CredentialHeaders {
    static final String AUTHORIZATION = "Authorization";

    private final TokenCredential credential;
    private final String userAgent;
    private volatile String lastToken;

    BearerTokenInterceptor(TokenCredential credential, String userAgent) {
        this.credential = credential;
        this.userAgent = userAgent;
    }

    @Override
    public void addTo(HttpRequest request) {
        String token = credential.getToken(TokenCredential.COGNITIVE_SERVICES_SCOPE);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the token credential returned no token for scope "
                    + TokenCredential.COGNITIVE_SERVICES_SCOPE);
        }
        lastToken = token;
        request.setHeader(AUTHORIZATION, "Bearer " + CredentialHeaders.headerSafe("the bearer token", token));
        request.setHeader("User-Agent", userAgent);
    }

    /** The last token sent, for redaction only; null before the first request. */
    String lastToken() {
        return lastToken;
    }
}

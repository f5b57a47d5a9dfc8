package dev.doctranslation.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds {@code Authorization: Bearer <token>}, asking the credential before every request (it owns
 * caching and refresh), and the SDK's User-Agent. Remembers the last token sent, so that what a
 * server echoes of it can be taken out of messages, logs and listener observations without asking
 * the credential again.
 */
final class BearerTokenInterceptor implements RequestInterceptor {
    static final String AUTHORIZATION = "Authorization";

    private final TokenCredential credential;
    private final String userAgent;
    private volatile String lastToken;

    BearerTokenInterceptor(TokenCredential credential, String userAgent) {
        this.credential = credential;
        this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
        String token = credential.getToken(TokenCredential.COGNITIVE_SERVICES_SCOPE);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the token credential returned no token for scope "
                    + TokenCredential.COGNITIVE_SERVICES_SCOPE);
        }
        lastToken = token;
        template.header(AUTHORIZATION, "Bearer " + token);
        template.header("User-Agent", userAgent);
    }

    /** The last token sent, for redaction only; null before the first request. */
    String lastToken() {
        return lastToken;
    }
}

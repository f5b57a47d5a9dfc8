package dev.doctranslation.client;

/**
 * Supplies OAuth2 access tokens (Microsoft Entra ID), the alternative to the subscription key for
 * the service versions that declare it ({@code ServiceVersion.acceptsBearerToken()}: {@code 2024-05-01}).
 * Set with {@link DocumentTranslationClientBuilder#credential(TokenCredential)}; the client sends
 * the token as {@code Authorization: Bearer <token>}.
 *
 * <p>Called before every request, retries and status polls included, on the calling thread, so it
 * must be thread-safe and should cache its token until shortly before it expires, as Azure
 * Identity's credentials do. To use one of those:
 *
 * <pre>{@code
 * com.azure.core.credential.TokenCredential azure = new DefaultAzureCredentialBuilder().build();
 * builder.credential(scope -> azure.getTokenSync(new TokenRequestContext().addScopes(scope)).getToken());
 * }</pre>
 *
 * <p>The token is treated like the key: never logged, never in an exception message, never shown
 * to an {@link ExchangeListener}.
 */
@FunctionalInterface
public interface TokenCredential {
    /** The scope the client asks tokens for: Cognitive Services, which Translator is part of. */
    String COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";

    /**
     * A valid access token for {@code scope}, without the {@code Bearer } prefix.
     *
     * @param scope always {@link #COGNITIVE_SERVICES_SCOPE}
     */
    String getToken(String scope);
}

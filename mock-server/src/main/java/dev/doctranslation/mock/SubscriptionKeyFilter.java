package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * 401, in the version's envelope, for an API request without a credential the version takes: the
 * subscription key in {@code Ocp-Apim-Subscription-Key} on every version, or, where the version's
 * spec declares OAuth2 ({@link ServiceVersion#acceptsBearerToken()}, 2024-05-01), the bearer token
 * the mock was given ({@code Authorization: Bearer <token>}). Either one suffices. Without a
 * configured token no bearer token is accepted: the mock cannot check a real Entra ID token, and
 * taking any token would let every client pass. One instance per version's route.
 */
final class SubscriptionKeyFilter implements ContainerRequestFilter {

    static final String HEADER = ContractHeaders.SUBSCRIPTION_KEY;

    private final SubscriptionKey key;
    /** Null when this version takes no bearer token, or none was configured. */
    private final SubscriptionKey bearerToken;
    private final ServiceVersion version;

    /** {@code bearerToken} may be null: then only the key opens the API. */
    SubscriptionKeyFilter(SubscriptionKey key, SubscriptionKey bearerToken, ServiceVersion version) {
        this.key = key;
        this.bearerToken = version.acceptsBearerToken() ? bearerToken : null;
        this.version = version;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (key.matches(request.getHeaderString(HEADER))) {
            return;
        }
        if (bearerToken != null
                && bearerToken.matches(BearerTokens.of(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
            return;
        }
        request.abortWith(ErrorResponses.unauthorized(version.errorEnvelope(), version.acceptsBearerToken()));
    }
}

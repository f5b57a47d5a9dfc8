package dev.doctranslation.mock;

import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may call the control route ({@code /_states}, which arranges operations and faults): anyone
 * while the mock listens on loopback only, as the test machinery on a developer's machine it is;
 * otherwise only a caller that presents the subscription key ({@code Ocp-Apim-Subscription-Key})
 * or the admin token given at start ({@code Authorization: Bearer <token>}), so that a mock
 * reachable from the network cannot be steered by whoever reaches it. A refused call is answered
 * 401 with the contract's error body.
 *
 * <p>Decided by the address the mock was told to listen on, never by the caller's address: behind
 * a proxy, a port forward or a container's published port every caller looks local. A host that
 * does not resolve, or resolves to any address that is not loopback (the wildcard {@code 0.0.0.0}
 * included), needs the credentials.
 */
final class ControlAccess implements ContainerRequestFilter {

    private final boolean needsCredentials;
    private final SubscriptionKey key;
    /** Null when none was given: then only the key opens the control route. */
    private final SubscriptionKey adminToken;

    private ControlAccess(boolean needsCredentials, SubscriptionKey key, SubscriptionKey adminToken) {
        this.needsCredentials = needsCredentials;
        this.key = key;
        this.adminToken = adminToken;
    }

    /** {@code adminToken} may be null. */
    static ControlAccess forHost(String host, SubscriptionKey key, String adminToken) {
        return new ControlAccess(
                !loopbackOnly(host), key, adminToken == null ? null : SubscriptionKey.of(adminToken));
    }

    /** True when every address {@code host} names is a loopback address. */
    static boolean loopbackOnly(String host) {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(literal);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    boolean needsCredentials() {
        return needsCredentials;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!needsCredentials || key.matches(request.getHeaderString(SubscriptionKeyFilter.HEADER))) {
            return;
        }
        if (adminToken != null && adminToken.matches(BearerTokens.of(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
            return;
        }
        request.abortWith(new ContractError(
                        401,
                        TranslationErrorCode.UNAUTHORIZED,
                        "The mock listens on an address other than loopback: provider states need the subscription key"
                                + (adminToken == null ? "." : " or the admin token (Authorization: Bearer)."))
                .withTarget(SubscriptionKeyFilter.HEADER)
                .response());
    }

    @Override
    public String toString() {
        return "ControlAccess[" + (needsCredentials ? "key or admin token" : "open") + "]";
    }
}

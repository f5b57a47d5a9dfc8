package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code security.hsts} judges, apart from any network: the header an https answer carries,
 * the plain-http address a client that only changed the scheme would reach, and what that address
 * answered. Kept pure so its failing side is tested without an https test target.
 */
final class Hsts {
    static final String HEADER = "Strict-Transport-Security";
    private static final ObjectMapper MAPPER = ContractJson.newMapper();

    private Hsts() {}

    /**
     * What is wrong with a {@code Strict-Transport-Security} value (null: the header is absent),
     * or empty when it keeps browsers on https: a {@code max-age} of more than 0 seconds (RFC 6797
     * §6.1.1; {@code max-age=0} tells them to forget the rule).
     */
    static Optional<String> headerProblem(String value) {
        if (value == null) {
            return Optional.of("has no " + HEADER + " header");
        }
        for (String directive : value.split(";")) {
            String[] nameAndValue = directive.split("=", 2);
            if (nameAndValue[0].trim().toLowerCase(Locale.ROOT).equals("max-age")) {
                String seconds = nameAndValue.length < 2 ? "" : nameAndValue[1].trim().replace("\"", "");
                try {
                    return Long.parseLong(seconds) > 0 ? Optional.empty()
                            : Optional.of("sends " + HEADER + " with max-age=" + seconds
                                    + ", which tells browsers to forget the https-only rule");
                } catch (NumberFormatException e) {
                    return Optional.of("sends " + HEADER + " with a max-age that is not a number of seconds ('"
                            + seconds + "')");
                }
            }
        }
        return Optional.of("sends " + HEADER + " without max-age ('" + value + "'), which browsers ignore");
    }

    /**
     * The API base over plain http, where a client that only changed the scheme would go: port 80
     * when https used its default port, else the same port.
     */
    static URI plainTwin(URI httpsApiBase) {
        int port = httpsApiBase.getPort();
        return URI.create("http://" + httpsApiBase.getHost() + (port == -1 || port == 443 ? "" : ":" + port)
                + httpsApiBase.getRawPath());
    }

    /**
     * What is wrong with the plain-http answer, or empty when plain http does not serve the API:
     * no answer (refused, closed, not HTTP, timed out), a redirect, or a refusal that is not the
     * API's own. A 2xx serves the API; so does an answer in the API's error envelope (a 401
     * {@code {"error": {"code": "Unauthorized"}}} to the dummy key): the API itself read the
     * request, key header included, off a cleartext connection, and the real key would have
     * crossed the network readable.
     */
    static Optional<String> plainHttpProblem(Exchange answer) {
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return Optional.of("the API answers " + status + " over plain http (with a dummy key); expected no answer,"
                    + " a redirect to https or a refusal");
        }
        if (status >= 400 && isApiErrorEnvelope(answer.body())) {
            return Optional.of("the API itself answers " + status + " with its error body over plain http (with a"
                    + " dummy key), so it read the key header off a cleartext connection; expected no answer, a redirect"
                    + " to https or a refusal before the API");
        }
        return Optional.empty();
    }

    private static boolean isApiErrorEnvelope(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            return tree != null && tree.path("error").path("code").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

}

package dev.doctranslation.mock;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's error page, should Grizzly's server itself answer an error (a handler that fails
 * before it answers): the contract's error body, never an HTML page with a stack trace. Set with
 * {@code ServerConfiguration#setDefaultErrorPageGenerator}, Grizzly's hook for exactly this.
 */
final class ContractErrorPage implements ErrorPageGenerator {

    @Override
    public String generate(
            Request request, int status, String reasonPhrase, String description, Throwable exception) {
        // Grizzly labels the page text/html unless the response already has a type.
        request.getResponse().setContentType(MediaType.APPLICATION_JSON);
        String message = reasonPhrase == null || reasonPhrase.isBlank() ? "Error " + status : reasonPhrase;
        return new String(ContractError.forStatus(status, message).body(), StandardCharsets.UTF_8);
    }
}

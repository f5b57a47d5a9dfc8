package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's error page, should Grizzly's server itself answer an error (a handler that fails
 * before it answers): the error body of the route asked, never an HTML page with a stack trace. Set with
 * {@code ServerConfiguration#setDefaultErrorPageGenerator}, Grizzly's hook for exactly this.
 */
final class ContractErrorPage implements ErrorPageGenerator {

    @Override
    public String generate(
            Request request, int status, String reasonPhrase, String description, Throwable exception) {
        // Grizzly labels the page text/html unless the response already has a type.
        request.getResponse().setContentType(MediaType.APPLICATION_JSON);
        String message = reasonPhrase == null || reasonPhrase.isBlank() ? "Error " + status : reasonPhrase;
        ErrorEnvelope envelope = ServedRoutes.envelopeOf(request.getRequestURI());
        ContractError error = ContractError.forStatus(status, message);
        if (envelope == ErrorEnvelope.AZURE_CORE) {
            request.getResponse().setHeader(ContractError.ERROR_CODE_HEADER, error.azureCoreCode());
        }
        return new String(error.body(envelope), StandardCharsets.UTF_8);
    }
}

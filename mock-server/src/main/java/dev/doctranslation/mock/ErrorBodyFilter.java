package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives the error body, in the envelope of the route asked, to an error Jersey answers without one. Jersey answers a request
 * header it cannot read (two Content-Type fields, a Content-Type or Accept it cannot parse) with a
 * bare 400 of its own: it maps that failure internally, never through the exception mappers.
 * Every other error already carries its body, and is left as it is.
 */
@Priority(Priorities.USER)
final class ErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        ContractError error = status == 400
                ? ContractError.forStatus(status, "A header field of the request is repeated or cannot be read.")
                        .withTarget("headers")
                : ContractError.forStatus(status, response.getStatusInfo().getReasonPhrase() + ".");
        ErrorEnvelope envelope = ServedRoutes.envelopeOf(request.getUriInfo().getRequestUri().getRawPath());
        response.setEntity(error.body(envelope), null, MediaType.APPLICATION_JSON_TYPE);
        if (envelope == ErrorEnvelope.AZURE_CORE) {
            response.getHeaders().putSingle(ContractError.ERROR_CODE_HEADER, error.azureCoreCode());
        }
    }
}

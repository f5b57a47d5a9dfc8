package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug of the provider answers the page's own 500 body, in the envelope of the
 * route asked, and is logged with its stack trace (no request data, so never a key).
 */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unexpected failure while answering a request", exception);
        ErrorEnvelope envelope = ServedRoutes.envelopeOf(uriInfo.getRequestUri().getRawPath());
        return new ContractError(500, TranslationErrorCode.INTERNAL_SERVER_ERROR, "Internal Server Error")
                .withTarget("Operation")
                .withInnerError("InternalServerError", "Unexpected internal server error has occurred")
                .response(envelope);
    }
}

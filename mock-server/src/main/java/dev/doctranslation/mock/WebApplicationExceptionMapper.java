package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Jersey's own answers to client mistakes into the error shape of the route asked ({@link
 * ServedRoutes}), keeping their status and headers (405 keeps {@code Allow}). A malformed path
 * parameter, which Jersey would answer with 404, is the contract's 400 InvalidArgument naming the
 * parameter; a path no route serves is a 404 that says so and names the served routes.
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Context private Request request;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        String path = uriInfo.getRequestUri().getRawPath();
        ErrorEnvelope envelope = ServedRoutes.envelopeOf(path);
        if (exception instanceof ParamException param) {
            return ErrorResponses.invalidArgument(
                    envelope,
                    param.getParameterName(),
                    "The parameter '" + param.getParameterName() + "' must be a UUID.");
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response mapped;
        if (exception instanceof NotFoundException) {
            mapped = ServedRoutes.notServed(request.getMethod(), path).response(envelope);
        } else if (exception instanceof NotAllowedException) {
            mapped =
                    ErrorResponses.error(
                            envelope,
                            405,
                            TranslationErrorCode.INVALID_REQUEST,
                            "The method " + request.getMethod() + " is not allowed here; see the Allow header.",
                            "method");
        } else if (status >= 500) {
            LOG.error("Server error while answering a request", exception);
            mapped =
                    ErrorResponses.error(
                            envelope, status, TranslationErrorCode.INTERNAL_SERVER_ERROR, "Internal Server Error", null);
        } else {
            mapped =
                    ErrorResponses.error(
                            envelope,
                            status,
                            TranslationErrorCode.INVALID_REQUEST,
                            "The request cannot be served: " + original.getStatusInfo().getReasonPhrase() + ".",
                            null);
        }
        return copyHeaders(original, mapped);
    }

    private static Response copyHeaders(Response from, Response to) {
        Response.ResponseBuilder builder = Response.fromResponse(to);
        from.getHeaders()
                .forEach(
                        (name, values) -> {
                            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                                    && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                                values.forEach(value -> builder.header(name, value));
                            }
                        });
        return builder.build();
    }
}

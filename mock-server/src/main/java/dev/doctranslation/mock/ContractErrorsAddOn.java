package dev.doctranslation.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.doctranslation.mock.generated.model.TranslationError;
import dev.doctranslation.mock.generated.model.TranslationErrorCode;
import dev.doctranslation.mock.generated.model.TranslationErrorResponse;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
  * Makes Grizzly's own answers to requests it cannot parse (a request line or headers over {@link
  * MockServer#HARD_HEADER_LIMIT_BYTES}, too many header fields, a malformed request line) carry the
  * contract's error body instead of an empty one. Those requests never reach Jersey, so this is the
  * only place that can shape them.
  *
  * <p>Grizzly builds its HTTP codec filter with fixed arguments and offers {@code
  * customizeErrorResponse} as the hook; this add-on replaces the filter with a subclass built from
  * the same listener settings, and copies what the server configured on the original.
  */
final class ContractErrorsAddOn implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        if (index < 0) {
            throw new IllegalStateException("Grizzly's filter chain has no HttpServerFilter");
        }
        HttpServerFilter original = (HttpServerFilter) builder.get(index);
        ContractErrorsFilter replacement =
                new ContractErrorsFilter(
                        listener.isChunkingEnabled(),
                        listener.getMaxHttpHeaderSize(),
                        listener.getKeepAlive(),
                        listener.getMaxRequestHeaders(),
                        listener.getMaxResponseHeaders());
        replacement.setAllowPayloadForUndefinedHttpMethods(
                original.isAllowPayloadForUndefinedHttpMethods());
        replacement.setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
        for (ContentEncoding encoding : original.getContentEncodings()) {
            replacement.addContentEncoding(encoding);
        }
        builder.set(index, replacement);
    }

    /** Grizzly's HTTP codec, with a JSON body on the errors it answers itself. */
    static final class ContractErrorsFilter extends HttpServerFilter {

        private static final byte[] BODY = body();

        ContractErrorsFilter(
                boolean chunking,
                int maxHeadersSize,
                org.glassfish.grizzly.http.KeepAlive keepAlive,
                int maxRequestHeaders,
                int maxResponseHeaders) {
            // The same arguments Grizzly's HttpServer passes; no default content type, no executor.
            super(chunking, maxHeadersSize, null, keepAlive, null, maxRequestHeaders, maxResponseHeaders);
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            // Whatever the codec could not read was sent by the client (an HTTP version it does not
            // speak answers 505 otherwise): a client's mistake is never a 5xx here.
            if (response.getStatus() >= 500) {
                response.setStatus(HttpStatus.BAD_REQUEST_400);
            }
            // Set as a plain header too: for a request line Grizzly could not read, the response's
            // content-type field is not written out.
            response.setContentType("application/json");
            response.setHeader(Header.ContentType, "application/json");
            response.setContentLength(BODY.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, BODY))
                    .last(true)
                    .build();
        }

        private static byte[] body() {
            try {
                return Json.MAPPER.writeValueAsBytes(
                        new TranslationErrorResponse()
                                .error(
                                        new TranslationError()
                                                .code(TranslationErrorCode.INVALID_REQUEST)
                                                .message(
                                                        "The request cannot be read: its request line or header fields are"
                                                                + " malformed or larger than "
                                                                + MockServer.HARD_HEADER_LIMIT_BYTES
                                                                + " bytes.")
                                                .target("request")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

package dev.doctranslation.mock;

import dev.doctranslation.contract.models.TranslationErrorCode;
import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpCodecFilter.HeaderParsingState;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.TransferEncoding;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Makes Grizzly's own answers to requests it cannot parse (a request line or headers over {@link
 * MockServer#HARD_HEADER_LIMIT_BYTES}, too many header fields, a malformed request line) carry the
 * contract's error body instead of an empty one. Those requests never reach Jersey, so this is the
 * only place that can shape them. The same codec answers at once the malformed heads Grizzly
 * would otherwise wait on, and ignores protocol upgrades, which Grizzly would otherwise let hang.
 *
 * <p>Why a subclass of Grizzly's codec: Grizzly has no other hook for the answers its codec gives.
 * {@code ServerConfiguration#setDefaultErrorPageGenerator} (used too, by {@link ContractErrorPage})
 * covers only errors of handlers; {@code HttpProbe#onErrorEvent} only observes; the {@code
 * NetworkListener} settings set the limits ({@code maxHttpHeaderSize}, {@code maxRequestHeaders})
 * but not the answer. The codec's own extension points are its protected template methods, and
 * most overrides below use only those and the packets' public API: {@code customizeErrorResponse}
 * (Grizzly's hook for its error answers), {@code onIncomingUpgrade} and {@code onHttpHeaderParsed}.
 * Two overrides read and move the parser's internal state ({@code HeaderParsingState}), which no
 * supported API exposes: {@code decodeHttpPacket} and {@code parseHeaderName}; they are marked
 * below. What each override fixes is pinned by a test (MalformedRequestsTest, UpgradeRequestsTest,
 * ClientMistakesTest), and ContractErrorsAddOnTest pins the Grizzly line they were checked against
 * and that the replacement keeps every setting of Grizzly's own codec, so an upgrade that breaks
 * them fails the build.
 *
 * <p>The codec is also the one place that sees where a request's head starts and ends, so it tells
 * {@link HeaderReadTimeout} (which answers 408 to a head that does not arrive in time), through
 * the public filter events {@code handleAccept} and {@code handleClose} and the {@code
 * decodeHttpPacket} override below; HeaderReadTimeoutTest and SlowLorisTest pin it.
 *
 * <p>Grizzly builds its HTTP codec filter with fixed arguments; this add-on replaces the filter
 * with a subclass built from the same listener settings, and copies what the server configured
 * on the original.
 */
final class ContractErrorsAddOn implements AddOn {

    private final HeaderReadTimeout headerReadTimeout;

    ContractErrorsAddOn(HeaderReadTimeout headerReadTimeout) {
        this.headerReadTimeout = headerReadTimeout;
    }

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
                        listener.getMaxResponseHeaders(),
                        headerReadTimeout);
        copySettings(original, replacement);
        builder.set(index, replacement);
    }

    /** Everything Grizzly's HttpServer may have set on its codec, besides the constructor's arguments. */
    private static void copySettings(HttpServerFilter from, HttpServerFilter to) {
        to.setAllowPayloadForUndefinedHttpMethods(from.isAllowPayloadForUndefinedHttpMethods());
        to.setMaxPayloadRemainderToSkip(from.getMaxPayloadRemainderToSkip());
        to.setDefaultResponseContentType(from.getDefaultResponseContentType());
        to.setPreserveHeaderCase(from.isPreserveHeaderCase());
        to.setRemoveHandledContentEncodingHeaders(from.isRemoveHandledContentEncodingHeaders());
        for (ContentEncoding encoding : from.getContentEncodings()) {
            to.addContentEncoding(encoding);
        }
        // The constructor adds Grizzly's default transfer encodings; anything else is copied.
        for (TransferEncoding encoding : to.getTransferEncodings()) {
            to.removeTransferEncoding(encoding);
        }
        for (TransferEncoding encoding : from.getTransferEncodings()) {
            to.addTransferEncoding(encoding);
        }
        // Probes registered through the server's monitoring configuration.
        to.getMonitoringConfig().addProbes(from.getMonitoringConfig().getProbes());
    }

    /**
     * Grizzly's HTTP codec, with a JSON body on the errors it answers itself, no protocol upgrades,
     * and a prompt 400 for request heads it would wait on.
     */
    static final class ContractErrorsFilter extends HttpServerFilter {

        /** The one answer to every request the codec cannot read: the client sent it, so a 400. */
        private static final byte[] BODY =
                new ContractError(
                                400,
                                TranslationErrorCode.INVALID_REQUEST,
                                "The request cannot be read: its request line or header fields are malformed,"
                                        + " unsupported or larger than " + MockServer.HARD_HEADER_LIMIT_BYTES + " bytes.")
                        .withTarget("request")
                        .body();

        private final HeaderReadTimeout headerReadTimeout;

        ContractErrorsFilter(
                boolean chunking,
                int maxHeadersSize,
                org.glassfish.grizzly.http.KeepAlive keepAlive,
                int maxRequestHeaders,
                int maxResponseHeaders,
                HeaderReadTimeout headerReadTimeout) {
            // The same arguments Grizzly's HttpServer passes; no default content type, no executor.
            super(chunking, maxHeadersSize, null, keepAlive, null, maxRequestHeaders, maxResponseHeaders);
            this.headerReadTimeout = headerReadTimeout;
        }

        /** A new connection: its first request's head is awaited from now on. */
        @Override
        public NextAction handleAccept(FilterChainContext ctx) throws IOException {
            headerReadTimeout.accepted(ctx.getConnection());
            return super.handleAccept(ctx);
        }

        @Override
        public NextAction handleClose(FilterChainContext ctx) throws IOException {
            headerReadTimeout.closed(ctx.getConnection());
            return super.handleClose(ctx);
        }

        /**
         * Ignores a protocol upgrade and answers over HTTP/1.1, as RFC 9110 §7.8 allows: the mock
         * speaks HTTP/1.1 only, yet clients offer h2c unasked (the JDK's HttpClient at its default
         * version sends {@code Upgrade: h2c} on plain http). Grizzly's default hands such a request
         * on as the start of another protocol: its body never reaches Jersey as HTTP content, so the
         * request hangs, and its response skips the HTTP semantics that add Content-Type. Without
         * its Upgrade field it is the ordinary request it also is.
         */
        @Override
        protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader httpHeader) {
            httpHeader.getUpgradeDC().recycle();
            httpHeader.getHeaders().removeHeader(Header.Upgrade);
        }

        /**
         * Reads the request line as RFC 9112 asks where Grizzly does not: empty lines in front of it
         * are skipped (Grizzly made them part of the method, and answered 405), and a line without a
         * space ({@code GARBAGE}) is refused when it ends (Grizzly read on for the method's space up
         * to its 64 KiB limit, so the client waited for the idle timeout).
         *
         * <p>Reads and moves Grizzly's parser state: no supported hook sees the request line before
         * Grizzly has parsed it, and a filter in front of the codec cannot tell where a request
         * starts without parsing HTTP itself. Pinned by MalformedRequestsTest (GARBAGE, the empty
         * line before the request line, a pipelined GARBAGE).
         *
         * <p>Grizzly calls this for every read while a head is unparsed, so it also starts and
         * stops the head's clock ({@link HeaderReadTimeout}); its return value and exceptions are
         * Grizzly's contract for this method, read without its internals. Pinned by
         * HeaderReadTimeoutTest.
         */
        @Override
        protected boolean decodeHttpPacket(FilterChainContext ctx, HttpPacketParsing packet, Buffer input) {
            Connection<?> connection = ctx.getConnection();
            if (headerReadTimeout.expired(connection)) {
                return false; // answered 408 and closing: the rest of this head is never read
            }
            HeaderParsingState state = packet.getHeaderParsingState();
            // state 0, subState 0: still reading the method, which Grizzly takes from state.start.
            if (state.state == 0 && state.subState == 0) {
                int limit = Math.min(input.limit(), state.packetLimit);
                state.start = RequestHeadScan.skipEmptyLines(input, state.start, limit);
                state.offset = Math.max(state.offset, state.start);
                if (RequestHeadScan.requestLineEndsBeforeSpace(input, state.start, limit)) {
                    // Grizzly's handleRead turns a parsing exception into a 400 and closes the connection.
                    headerReadTimeout.headEnded(connection);
                    throw new IllegalStateException("the request line has no space");
                }
            }
            boolean complete;
            try {
                complete = super.decodeHttpPacket(ctx, packet, input);
            } catch (RuntimeException malformed) {
                headerReadTimeout.headEnded(connection); // answered 400 by Grizzly, not 408 too
                throw malformed;
            }
            if (!complete) {
                headerReadTimeout.headIncomplete(connection);
                return false;
            }
            // A head completed just as its time ran out was answered 408 already: not handed on.
            return headerReadTimeout.headEnded(connection);
        }

        /**
         * A field line without a colon is refused at its line end, not at the 64 KiB limit.
         *
         * <p>Reads Grizzly's parser state, for the reason given at {@link #decodeHttpPacket}. Pinned
         * by MalformedRequestsTest (a field line without a colon, with CRLF and with bare LF).
         */
        @Override
        protected boolean parseHeaderName(
                HttpHeader header, MimeHeaders headers, HeaderParsingState state, byte[] input, int end) {
            int limit = Math.min(end, state.arrayOffset + state.packetLimit);
            if (RequestHeadScan.fieldLineEndsBeforeColon(input, state.arrayOffset + state.offset, limit)) {
                throw new IllegalStateException("a header field line has no colon");
            }
            return super.parseHeaderName(header, headers, state, input, end);
        }

        /** As above, for a direct buffer; reads Grizzly's parser state too. */
        @Override
        protected boolean parseHeaderName(
                HttpHeader header, MimeHeaders headers, HeaderParsingState state, Buffer input) {
            int limit = Math.min(input.limit(), state.packetLimit);
            if (RequestHeadScan.fieldLineEndsBeforeColon(input, state.offset, limit)) {
                throw new IllegalStateException("a header field line has no colon");
            }
            return super.parseHeaderName(header, headers, state, input);
        }

        /**
         * Two request lines the mock cannot serve are a 400 here, before Jersey: one without an HTTP
         * version (HTTP/0.9's {@code GET /}), whose answer would carry no status and no
         * Content-Type; and the methods CONNECT and PRI, which Grizzly takes for the start of a
         * tunnel or of HTTP/2: it would wait for the tunnel's bytes and write Jersey's 405 with no
         * Content-Length and never close, so the client could not tell where the answer ends.
         */
        @Override
        protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
            boolean error = super.onHttpHeaderParsed(header, buffer, ctx);
            HttpRequestPacket request = (HttpRequestPacket) header;
            if (!error && (request.getProtocol() == Protocol.HTTP_0_9 || opensATunnel(request.getMethod()))) {
                request.getProcessingState().setError(true);
                HttpStatus.BAD_REQUEST_400.setValues(request.getResponse());
                return true;
            }
            return error;
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            // Whatever the codec could not read was sent by the client (an HTTP version it does not
            // speak answers 505 otherwise): a client's mistake is never a 5xx here.
            if (response.getStatus() >= 500) {
                response.setStatus(HttpStatus.BAD_REQUEST_400);
            }
            // The answer is HTTP/1.1 whatever the request line said. Grizzly writes Content-Type
            // (and Date, Connection) only in an HTTP/1.x answer, and takes a request line it could
            // not read, or one without a version, for HTTP/0.9.
            HttpRequestPacket request = response.getRequest();
            if (request != null && !speaksHttp1(request)) {
                request.setProtocol(Protocol.HTTP_1_1);
            }
            // Grizzly also frames an answer by its request's method: with none (a request line it
            // could not read, pipelined behind an answered request) it fails with a
            // NullPointerException and the answer is lost; CONNECT's answer has no Content-Length.
            // The error is framed as for any other method.
            if (request != null && (request.getMethodDC().isNull() || request.getMethod() == Method.CONNECT)) {
                request.setMethod(Method.GET);
            }
            response.setContentType("application/json");
            response.setContentLength(BODY.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, BODY))
                    .last(true)
                    .build();
        }

        private static boolean opensATunnel(Method method) {
            return method == Method.CONNECT || method == Method.PRI;
        }

        private static boolean speaksHttp1(HttpRequestPacket request) {
            try {
                return request.getProtocol() != Protocol.HTTP_0_9;
            } catch (IllegalStateException unknownVersion) {
                return false;
            }
        }
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 exchange over a socket (TLS for https), the request written exactly as the probe
 * built it. The JDK's client cannot send some probes: it builds the request line through
 * java.net.URI, which refuses a malformed percent-escape, and it speaks HTTP/2 to https targets,
 * where a 64 KiB header field travels in frames and a refusal can arrive as a stream reset rather
 * than an answer. A probe of how a server reads what it is sent needs the bytes as written.
 *
 * <p>The whole exchange, connecting and writing included, is bounded by one deadline: a watchdog
 * closes the socket when it passes, so a server that neither reads nor answers is a timeout, never
 * a wait. A server may answer before it has read the whole request (a 431 after the first 16 KiB)
 * and close: writing stops as soon as an answer arrives, and a failed write still reads what came.
 */
final class SocketExchange {
    private static final int WRITE_CHUNK = 8 * 1024;
    /** More than any error answer needs; a bigger answer is cut here, so reading stays bounded. */
    private static final int MAX_ANSWER_BYTES = 1 << 20;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "conformance-socket-watchdog");
        t.setDaemon(true);
        return t;
    });

    private SocketExchange() {}

    /**
     * Sends {@code request} to {@code apiBase + request.relativePath()} and reads one answer. No
     * answer (refused, closed, timed out, not HTTP) is an exchange with status 0 and the reason,
     * starting {@code no answer:}, as its body.
     */
    static Exchange send(URI apiBase, RawRequest request, Duration timeout) {
        String target = apiBase.getRawPath() + request.relativePath();
        String evidence = RawRequest.evidencePath(target);
        boolean tls = "https".equalsIgnoreCase(apiBase.getScheme());
        int port = apiBase.getPort() != -1 ? apiBase.getPort() : tls ? 443 : 80;
        String host = apiBase.getHost();
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        AtomicBoolean timedOut = new AtomicBoolean();
        Socket socket = new Socket();
        // Closing the plain socket also ends a TLS socket layered on it, mid-handshake included.
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(socket);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        Socket channel = socket;
        try {
            socket.connect(new InetSocketAddress(bareHost, port), (int) timeout.toMillis());
            channel = tls ? startTls(socket, bareHost, port) : socket;
            String authority = host + (apiBase.getPort() == -1 ? "" : ":" + apiBase.getPort());
            writeUntilAnswered(channel, head(request, target, authority), request.body());
            return read(channel.getInputStream(), request, evidence);
        } catch (IOException e) {
            String reason = timedOut.get() ? "timed out after " + timeout.toSeconds() + " s"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return noAnswer(request, evidence, reason);
        } finally {
            watchdog.cancel(false);
            // The plain socket first: a TLS close then cannot block on a close_notify nobody reads.
            closeQuietly(socket);
            closeQuietly(channel);
        }
    }

    private static Socket startTls(Socket plain, String host, int port) throws IOException {
        try {
            SSLSocket tls = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException("no TLS available: " + e.getMessage(), e);
        }
    }

    private static byte[] head(RawRequest request, String target, String authority) {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(authority).append("\r\n");
        if (request.headers().keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            head.append("Accept: application/json\r\n");
        }
        if (request.key() != null) {
            head.append(ContractHeaders.SUBSCRIPTION_KEY).append(": ").append(request.key()).append("\r\n");
        }
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.body().length > 0) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes head and body in chunks, and stops early when the server has already answered. */
    private static void writeUntilAnswered(Socket socket, byte[] head, byte[] body) throws IOException {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        try {
            for (int from = 0; from < all.length; from += WRITE_CHUNK) {
                out.write(all, from, Math.min(WRITE_CHUNK, all.length - from));
                out.flush();
                if (in.available() > 0) {
                    return;
                }
            }
        } catch (IOException e) {
            if (socket.isClosed()) {
                throw e;
            }
            // The server stopped reading, which it may do once it has answered: read what it said.
        }
    }

    private static Exchange read(InputStream in, RawRequest request, String evidence) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (java.net.SocketException e) {
                // A reset after the answer arrived still leaves the answer: judge what came.
                if (received.size() == 0) {
                    throw e;
                }
                n = -1;
            }
            boolean ended = n < 0 || received.size() + n >= MAX_ANSWER_BYTES;
            if (n > 0) {
                received.write(buffer, 0, Math.min(n, MAX_ANSWER_BYTES - received.size()));
            }
            HttpAnswer answer = HttpAnswer.parse(received.toByteArray(), ended, request.method());
            if (answer != null) {
                return answer.status() == 0 ? noAnswer(request, evidence, answer.problem())
                        : new Exchange(request.operationId(), request.method(), evidence, answer.status(),
                                answer.headers(), answer.body());
            }
        }
    }

    private static Exchange noAnswer(RawRequest request, String evidence, String reason) {
        return new Exchange(request.operationId(), request.method(), evidence, 0, Map.of(),
                ("no answer: " + reason).getBytes(StandardCharsets.UTF_8));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that is left to do.
        }
    }

    /**
     * An HTTP/1.1 answer read from bytes as they arrive.
     *
     * @param status the status; 0 when the bytes are not an answer ({@code problem} says why)
     */
    record HttpAnswer(int status, Map<String, List<String>> headers, byte[] body, String problem) {
        private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

        /**
         * The answer in {@code bytes}, or null when more bytes are needed and may still come
         * ({@code ended} false). Interim 1xx answers are passed over.
         */
        static HttpAnswer parse(byte[] bytes, boolean ended, String requestMethod) {
            int start = 0;
            while (true) {
                if (bytes.length - start >= 5 && !new String(bytes, start, 5, StandardCharsets.ISO_8859_1).equals("HTTP/")) {
                    return problem("not an HTTP answer (it starts with "
                            + printable(bytes, start, Math.min(bytes.length, start + 16)) + ")");
                }
                int headEnd = indexOf(bytes, HEAD_END, start);
                if (headEnd < 0) {
                    return !ended ? null : bytes.length == start ? problem("the connection closed without an answer")
                            : problem("the answer's head is incomplete");
                }
                String[] lines = new String(bytes, start, headEnd - start, StandardCharsets.ISO_8859_1).split("\r\n");
                String[] statusLine = lines[0].split(" ", 3);
                int status;
                try {
                    status = statusLine.length < 2 ? -1 : Integer.parseInt(statusLine[1]);
                } catch (NumberFormatException e) {
                    status = -1;
                }
                if (status < 100 || status > 999) {
                    return problem("not an HTTP status line: " + printable(lines[0].getBytes(StandardCharsets.ISO_8859_1),
                            0, Math.min(lines[0].length(), 60)));
                }
                int bodyStart = headEnd + HEAD_END.length;
                if (status < 200) {
                    start = bodyStart;
                    continue;
                }
                Map<String, List<String>> headers = headers(lines);
                return withBody(status, headers, bytes, bodyStart, ended, requestMethod);
            }
        }

        private static HttpAnswer withBody(int status, Map<String, List<String>> headers, byte[] bytes, int bodyStart,
                boolean ended, String requestMethod) {
            if (requestMethod.equals("HEAD") || status == 204 || status == 304) {
                return new HttpAnswer(status, headers, new byte[0], "");
            }
            String encoding = ContractHeaders.first(headers, "Transfer-Encoding").orElse("");
            if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                byte[] decoded = Chunked.decode(bytes, bodyStart, ended);
                return decoded == null ? null : new HttpAnswer(status, headers, decoded, "");
            }
            String length = ContractHeaders.first(headers, "Content-Length").orElse(null);
            int available = bytes.length - bodyStart;
            if (length != null) {
                int expected;
                try {
                    expected = Integer.parseInt(length.trim());
                } catch (NumberFormatException e) {
                    expected = Integer.MAX_VALUE;
                }
                if (available >= expected || ended) {
                    return new HttpAnswer(status, headers,
                            java.util.Arrays.copyOfRange(bytes, bodyStart, bodyStart + Math.min(available, expected)), "");
                }
                return null;
            }
            return ended ? new HttpAnswer(status, headers, java.util.Arrays.copyOfRange(bytes, bodyStart, bytes.length), "")
                    : null;
        }

        private static Map<String, List<String>> headers(String[] lines) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            return headers;
        }

        private static HttpAnswer problem(String why) {
            return new HttpAnswer(0, Map.of(), new byte[0], why);
        }

        static int indexOf(byte[] bytes, byte[] wanted, int from) {
            outer:
            for (int i = from; i <= bytes.length - wanted.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private static String printable(byte[] bytes, int from, int to) {
            StringBuilder text = new StringBuilder("'");
            for (int i = from; i < to; i++) {
                int b = bytes[i] & 0xff;
                text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
            }
            return text.append("'").toString();
        }
    }

    /** The chunked transfer coding (RFC 9112 §7.1), decoded as far as the bytes go. */
    static final class Chunked {
        private Chunked() {}

        /** The decoded body, or null when it is incomplete and more may come; trailers are dropped. */
        static byte[] decode(byte[] bytes, int from, boolean ended) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = from;
            while (true) {
                int lineEnd = HttpAnswer.indexOf(bytes, new byte[] {'\r', '\n'}, at);
                if (lineEnd < 0) {
                    return ended ? body.toByteArray() : null;
                }
                String sizeText = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int semicolon = sizeText.indexOf(';');
                int size;
                try {
                    size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
                } catch (NumberFormatException e) {
                    return body.toByteArray();
                }
                if (size == 0) {
                    return body.toByteArray();
                }
                int dataStart = lineEnd + 2;
                if (bytes.length < dataStart + size + 2) {
                    if (ended) {
                        body.write(bytes, dataStart, Math.max(0, Math.min(size, bytes.length - dataStart)));
                        return body.toByteArray();
                    }
                    return null;
                }
                body.write(bytes, dataStart, size);
                at = dataStart + size + 2;
            }
        }
    }
}

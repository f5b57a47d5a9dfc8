package dev.doctranslation.mock;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speaks HTTP/1.1 by hand over a loopback socket, for requests no HTTP client would send. The
 * whole exchange has a deadline: a request the server never answers fails the test as a hang
 * ({@link SocketTimeoutException}) instead of stalling it.
 */
final class RawHttp {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private RawHttp() {}

    /** One answer, as read off the socket. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The first value of a header field, or null; names compare without letter case. */
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Sends {@code request} as ISO-8859-1 bytes (one byte per char) and reads one answer. */
    static Response exchange(int port, String request, Duration deadline) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), deadline);
    }

    /**
     * Sends {@code request} and reads one answer within {@code deadline}. A server that answers and
     * closes before it has read everything may make the write fail; the answer is still read.
     *
     * @throws SocketTimeoutException if no complete answer came within the deadline
     */
    static Response exchange(int port, byte[] request, Duration deadline) throws IOException {
        return exchange(port, request, 1, deadline).get(0);
    }

    /** Sends pipelined requests and reads {@code answers} answers on the same connection. */
    static List<Response> exchange(int port, String requests, int answers, Duration deadline) throws IOException {
        return exchange(port, requests.getBytes(StandardCharsets.ISO_8859_1), answers, deadline);
    }

    private static List<Response> exchange(int port, byte[] request, int answers, Duration deadline)
            throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) deadline.toMillis());
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException answeredEarly) {
                // The server may refuse a request before reading all of it; its answer is what counts.
            }
            DeadlineInput in = new DeadlineInput(socket, end);
            List<Response> read = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                read.add(readOne(in, i == 0 && headRequest(request)));
            }
            return read;
        }
    }

    /** Reads one answer (not to HEAD) on a connection the caller opened and wrote to, within {@code deadline}. */
    static Response read(Socket socket, Duration deadline) throws IOException {
        return readOne(new DeadlineInput(socket, System.nanoTime() + deadline.toNanos()), false);
    }

    /**
     * Reads everything the server sends until it closes the connection, within {@code deadline}:
     * empty when it closed without a word. A reset after the answer ends the answer too.
     *
     * @throws SocketTimeoutException if the connection was still open at the deadline
     */
    static byte[] readUntilClosed(Socket socket, Duration deadline) throws IOException {
        DeadlineInput in = new DeadlineInput(socket, System.nanoTime() + deadline.toNanos());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                all.write(b);
            }
        } catch (SocketException e) {
            if (!String.valueOf(e.getMessage()).contains("reset")) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    /** One whole answer, from the bytes of a connection read until it closed. */
    static Response parse(byte[] answer) throws IOException {
        return readOne(new DeadlineInput(new java.io.ByteArrayInputStream(answer)), false);
    }

    private static Response readOne(DeadlineInput in, boolean toHead) throws IOException {
        byte[] head = in.readHead();
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        Response withoutBody = new Response(status, headers, new byte[0]);
        return toHead ? withoutBody : new Response(status, headers, in.readBody(withoutBody));
    }

    private static boolean headRequest(byte[] request) {
        return new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).equals("HEAD ");
    }

    /** The socket's input, every read bounded by what is left of the deadline. */
    private static final class DeadlineInput {

        private final Socket socket;
        private final InputStream in;
        private final long end;

        DeadlineInput(Socket socket, long end) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.end = end;
        }

        /** Over bytes already read: no socket, no deadline. */
        DeadlineInput(InputStream bytes) {
            this.socket = null;
            this.in = bytes;
            this.end = Long.MAX_VALUE;
        }

        int read() throws IOException {
            if (socket == null) {
                return in.read();
            }
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("no complete answer within the deadline");
            }
            socket.setSoTimeout((int) Math.max(1, left));
            return in.read();
        }

        byte[] readHead() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] crlfcrlf = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = read();
                if (b < 0) {
                    throw new IOException("the connection closed before the end of the answer's head: "
                            + head.toString(StandardCharsets.ISO_8859_1));
                }
                head.write(b);
                matched = b == crlfcrlf[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
                if (head.size() > MAX_HEAD_BYTES) {
                    throw new IOException("an answer head over " + MAX_HEAD_BYTES + " bytes");
                }
            }
            byte[] bytes = head.toByteArray();
            return Arrays.copyOf(bytes, bytes.length - 4);
        }

        byte[] readBody(Response head) throws IOException {
            String encoding = head.header("Transfer-Encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                return readChunked();
            }
            String length = head.header("Content-Length");
            if (length != null) {
                return readExactly(Integer.parseInt(length.trim()));
            }
            // Delimited by the close. A server that closes with part of the request unread resets
            // the connection: the answer before the reset is whole.
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                for (int b = read(); b >= 0; b = read()) {
                    body.write(b);
                }
            } catch (SocketException e) {
                if (!String.valueOf(e.getMessage()).contains("reset")) {
                    throw e;
                }
            }
            return body.toByteArray();
        }

        private byte[] readExactly(int length) throws IOException {
            byte[] body = new byte[length];
            for (int i = 0; i < length; i++) {
                int b = read();
                if (b < 0) {
                    throw new IOException("the connection closed after " + i + " of " + length + " body bytes");
                }
                body[i] = (byte) b;
            }
            return body;
        }

        private byte[] readChunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine();
                int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
                if (size == 0) {
                    while (!readLine().isEmpty()) {
                        // trailer fields: none expected, skipped
                    }
                    return body.toByteArray();
                }
                body.write(readExactly(size));
                readLine();
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = read(); b != '\n'; b = read()) {
                if (b < 0) {
                    throw new IOException("the connection closed inside a chunked body");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}

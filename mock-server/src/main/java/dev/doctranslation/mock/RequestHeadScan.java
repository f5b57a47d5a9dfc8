package dev.doctranslation.mock;

import org.glassfish.grizzly.Buffer;

/**
 * Finds the request heads Grizzly's parser would wait on until the idle timeout: a line that ends
 * before the separator the parser looks for. Grizzly reads the method up to the first space and a
 * field name up to the first colon, and takes a line end on the way for more input still to come;
 * only its 64 KiB limit would stop it. A line end there means the line is malformed, so the codec
 * can answer at once.
 */
final class RequestHeadScan {

    private static final byte SP = ' ';
    private static final byte HT = '\t';
    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte COLON = ':';

    private RequestHeadScan() {}

    /**
     * The index of the first byte in {@code input[from, to)} that is not part of an empty line, or
     * {@code to}: RFC 9112 §2.2 asks a server to ignore empty lines before the request line (a
     * client may send a CRLF after a body).
     */
    static int skipEmptyLines(Buffer input, int from, int to) {
        int i = from;
        while (i < to && isLineEnd(input.get(i))) {
            i++;
        }
        return i;
    }

    /** True when the request line starting at {@code from} ends, before {@code to}, before its first space. */
    static boolean requestLineEndsBeforeSpace(Buffer input, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = input.get(i);
            if (b == SP || b == HT) {
                return false;
            }
            if (isLineEnd(b)) {
                return true;
            }
        }
        return false;
    }

    /** True when the field line in {@code input[from, to)} ends before its colon. */
    static boolean fieldLineEndsBeforeColon(Buffer input, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = input.get(i);
            if (b == COLON) {
                return false;
            }
            if (isLineEnd(b)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #fieldLineEndsBeforeColon(Buffer, int, int)} on the heap array Grizzly parses from. */
    static boolean fieldLineEndsBeforeColon(byte[] input, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = input[i];
            if (b == COLON) {
                return false;
            }
            if (isLineEnd(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineEnd(byte b) {
        return b == CR || b == LF;
    }
}

package dev.doctranslation.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.impl.io.SocketHolder;

/**
 * A connection's socket whose reads keep the {@link AnswerDeadline}: before each read, the socket's
 * read timeout becomes the time the answer has left. Setting it is a field write on the JDK's
 * sockets, so the deadline costs no thread and nearly nothing per read.
 */
final class DeadlineSocketHolder extends SocketHolder {
    DeadlineSocketHolder(Socket socket) {
        super(socket);
    }

    DeadlineSocketHolder(SSLSocket tls, Socket socket) {
        super(tls, socket);
    }

    @Override
    protected InputStream getInputStream(Socket socket) throws IOException {
        return new FilterInputStream(socket.getInputStream()) {
            @Override
            public int read() throws IOException {
                keepTheDeadline(socket);
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                keepTheDeadline(socket);
                return super.read(buffer, offset, length);
            }
        };
    }

    private static void keepTheDeadline(Socket socket) throws IOException {
        int current = socket.getSoTimeout();
        int now = AnswerDeadline.readTimeoutNow(current);
        if (now != current) {
            socket.setSoTimeout(now);
        }
    }
}

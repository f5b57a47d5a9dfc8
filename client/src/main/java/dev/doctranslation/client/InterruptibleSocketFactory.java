package dev.doctranslation.client;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import org.apache.hc.client5.http.io.DetachedSocketFactory;

/**
 * Sockets that a {@link Thread#interrupt()} stops: a plain {@link Socket} ignores interrupts, so a
 * caller interrupted while waiting for an answer would wait on until a timeout. A socket of a
 * {@link SocketChannel} is closed by the interrupt instead, and the blocked connect, read or write
 * ends at once with {@link java.nio.channels.ClosedByInterruptException}, which
 * {@link RetryingExchange} reports as {@link OperationInterruptedException}. HttpClient connects
 * the socket itself, with its connect timeout, and layers TLS over it for https.
 */
final class InterruptibleSocketFactory implements DetachedSocketFactory {
    @Override
    public Socket create(Proxy proxy) throws IOException {
        if (proxy != null && proxy.type() == Proxy.Type.SOCKS) {
            // A channel cannot speak SOCKS; the transport sets no proxy, so this is never asked.
            return new Socket(proxy);
        }
        return SocketChannel.open().socket();
    }
}

package dev.doctranslation.client;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * HttpClient's connection, with two changes:
 * <ul>
 *   <li>its reads keep the answer's deadline ({@link DeadlineSocketHolder}), whose clock starts as
 *       the request is about to be written;</li>
 *   <li>it writes no log of its own. HttpClient logs every request header, the subscription key
 *       included, and every byte on the wire to its {@code org.apache.hc.client5.http.headers} and
 *       {@code .wire} loggers at DEBUG; an application that turns DEBUG on for everything would
 *       otherwise find the key in its logs. The SDK's own log ({@link WireLog}) leaves it out.</li>
 * </ul>
 */
final class QuietConnection extends DefaultManagedHttpClientConnection {
    private static final AtomicLong COUNT = new AtomicLong();

    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        QuietConnection connection = new QuietConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private QuietConnection() {
        super("doctranslation-" + COUNT.incrementAndGet());
    }

    @Override
    public void bind(Socket socket) throws IOException {
        bind(new DeadlineSocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket tls, Socket socket) throws IOException {
        bind(new DeadlineSocketHolder(tls, socket));
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
        AnswerDeadline.startOnThisThread();
        super.sendRequestHeader(request);
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
        // HttpClient would log every header here, the key's too.
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
        // HttpClient would log every header here.
    }
}

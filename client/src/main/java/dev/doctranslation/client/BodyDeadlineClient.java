package dev.doctranslation.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Gives every answer's body the read timeout too. The JDK client's request timeout ends when the
 * headers arrive, so without this a peer that sends headers and then stalls holds the caller for as
 * long as it likes. On expiry the stream is closed, which ends a blocked read, and the reader gets
 * an {@link HttpTimeoutException}. Wraps the transport, so Feign's body logging is bounded as well.
 */
final class BodyDeadlineClient implements Client {
    /** One daemon thread for every client: it only closes streams whose deadline has passed. */
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private final Client delegate;

    BodyDeadlineClient(Client delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response = delegate.execute(request, options);
        if (response.body() == null) {
            return response;
        }
        long timeoutMillis = options.readTimeoutUnit().toMillis(options.readTimeout());
        return response.toBuilder()
                .body(new DeadlineInputStream(response.body().asInputStream(), timeoutMillis), response.body().length())
                .build();
    }

    private static final class DeadlineInputStream extends FilterInputStream {
        private final long timeoutMillis;
        private final ScheduledFuture<?> alarm;
        private volatile boolean expired;

        DeadlineInputStream(InputStream in, long timeoutMillis) {
            super(in);
            this.timeoutMillis = timeoutMillis;
            this.alarm = ALARMS.schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void expire() {
            expired = true;
            try {
                in.close();
            } catch (IOException | RuntimeException e) {
                // The reader sees the closed stream either way.
            }
        }

        @Override
        public int read() throws IOException {
            checkDeadline();
            try {
                return done(super.read());
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkDeadline();
            try {
                return done(super.read(b, off, len));
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() throws IOException {
            alarm.cancel(false);
            super.close();
        }

        /** Data read after the alarm closed the stream is not trusted: the body is cut short. */
        private int done(int read) throws IOException {
            checkDeadline();
            if (read < 0) {
                alarm.cancel(false);
            }
            return read;
        }

        private IOException failure(IOException e) {
            return expired ? timeout() : e;
        }

        private void checkDeadline() throws HttpTimeoutException {
            if (expired) {
                throw timeout();
            }
        }

        private HttpTimeoutException timeout() {
            return new HttpTimeoutException("the body did not arrive within the read timeout of " + timeoutMillis + " ms");
        }
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "doctranslation-body-deadline");
            thread.setDaemon(true);
            return thread;
        });
        // Most bodies arrive in time: drop their cancelled alarms at once rather than at expiry.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}

package dev.doctranslation.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The read timeout as a deadline for the whole answer: from the moment the connection is ready and
 * the request is about to be written, to the last byte of the body. OkHttp's own read timeout only
 * bounds each wait for the next byte, so a peer that drips its headers or its body a byte at a
 * time would hold the caller for as long as it liked.
 *
 * <p>A network interceptor, so the clock starts once connecting is done (the connect timeout's
 * business) and counts each request on the wire. When it runs out, Okio's watchdog thread (the
 * one OkHttp's own timeouts use) cancels the call, which closes the socket under a blocked read;
 * the reader then gets an {@link InterruptedIOException} naming the timeout, whatever the read
 * failed with, and the SDK reports a timeout.
 */
final class AnswerDeadline implements Interceptor {
    private final int readTimeoutMillis;

    AnswerDeadline(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Deadline deadline = new Deadline(chain.call());
        deadline.enter();
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            throw deadline.end(e);
        } catch (RuntimeException | Error e) {
            deadline.end(null);
            throw e;
        }
        ResponseBody body = response.body();
        ForwardingSource watched = new ForwardingSource(body.source()) {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long read;
                try {
                    read = super.read(sink, byteCount);
                } catch (IOException e) {
                    throw deadline.end(e);
                }
                if (read < 0) {
                    deadline.end(null);
                }
                return read;
            }

            @Override
            public void close() throws IOException {
                deadline.end(null);
                super.close();
            }
        };
        return response.newBuilder()
                .body(ResponseBody.create(Okio.buffer(watched), body.contentType(), body.contentLength()))
                .build();
    }

    /** One request's deadline: cancels the call when it runs out, and says so once it has ended. */
    private final class Deadline extends AsyncTimeout {
        private final Call call;
        private boolean ended;
        private boolean expired;

        Deadline(Call call) {
            this.call = call;
            timeout(readTimeoutMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void timedOut() {
            call.cancel();
        }

        /** Stops the clock (once); a failure after the deadline passed becomes the timeout it was. */
        IOException end(IOException failure) {
            if (!ended) {
                ended = true;
                expired = exit();
            }
            if (failure == null || !expired) {
                return failure;
            }
            InterruptedIOException timeout = new InterruptedIOException(
                    "the answer did not arrive whole within the read timeout of " + readTimeoutMillis + " ms");
            timeout.initCause(failure);
            return timeout;
        }
    }
}

package dev.doctranslation.client;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OkHttp sends a request again by itself, once, when the answer is a 503 with
 * {@code Retry-After: 0}, whatever {@code retryOnConnectionFailure} says. That repeat would be
 * invisible to the SDK: a cancel sent twice would not count as retried, and the SDK's retry budget
 * and its exchange listener would miss an attempt. So the network interceptor renames the header
 * of a 503 before OkHttp's follow-up logic reads it, and the application interceptor, which sees
 * the answer after that logic, gives it back its name: the SDK, its listener and its logs see the
 * header as sent.
 */
final class RetryAfterZeroGuard {
    private static final int SERVICE_UNAVAILABLE = 503;
    private static final String RETRY_AFTER = "Retry-After";
    private static final String HIDDEN = "X-Doctranslation-Sdk-Hidden-Retry-After";

    /** Runs once per request on the wire, inside OkHttp's retry and follow-up step. */
    static final Interceptor HIDE = chain -> rename(chain.proceed(chain.request()), RETRY_AFTER, HIDDEN);
    /** Runs once per call, outside that step. */
    static final Interceptor RESTORE = chain -> rename(chain.proceed(chain.request()), HIDDEN, RETRY_AFTER);

    private RetryAfterZeroGuard() {}

    private static Response rename(Response response, String from, String to) {
        if (response.code() != SERVICE_UNAVAILABLE || response.header(from) == null) {
            return response;
        }
        Headers headers = response.headers();
        Headers.Builder renamed = new Headers.Builder();
        for (int i = 0; i < headers.size(); i++) {
            // As received: OkHttp's lenient parsing let the value in, so the strict check must not refuse it now.
            renamed.addUnsafeNonAscii(headers.name(i).equalsIgnoreCase(from) ? to : headers.name(i), headers.value(i));
        }
        return response.newBuilder().headers(renamed.build()).build();
    }
}

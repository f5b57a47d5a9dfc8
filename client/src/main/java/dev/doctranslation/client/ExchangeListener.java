package dev.doctranslation.client;

/**
 * Sees every HTTP attempt the client makes: the request as sent, minus the subscription key, and
 * the raw answer (status, headers, exact body bytes) or the failure that left it without one.
 * For tools that must see what went over the wire (a conformance kit, a recorder, metrics)
 * without strict mode or logging. Set with
 * {@link DocumentTranslationClientBuilder#exchangeListener(ExchangeListener)}.
 *
 * <p>Called once per attempt, retries included, on the thread that made the call, before the
 * answer is validated (strict mode) or decoded, and before the client decides whether to retry.
 * Called synchronously, so it should be quick; a client shared between threads calls it from all
 * of them.
 *
 * <p>It never receives the key or a bearer token: the {@code Ocp-Apim-Subscription-Key} and
 * {@code Authorization} headers are left out of the request headers, and should a server echo the
 * secret back, it is replaced by {@code [redacted]} in the answer's headers and body too.
 *
 * <p>A {@link RuntimeException} it throws is logged at WARN (logger
 * {@code dev.doctranslation.client.ExchangeListener}) and otherwise ignored: observing a call never
 * changes its outcome. An {@link Error} is not caught.
 */
@FunctionalInterface
public interface ExchangeListener {
    /** One attempt, answered or failed. */
    void onExchange(ObservedExchange exchange);
}

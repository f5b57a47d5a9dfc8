package dev.doctranslation.conformance;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/** The Apache HttpClient that pact-jvm sends the pact's requests with, set up so the kit judges the first answer. */
final class PactHttp {
    private PactHttp() {}

    /**
     * Without retries: Apache HttpClient 5 retries a 429 or 503 with Retry-After on its own, so the
     * verifier would judge the retry's answer and the throttled interaction could never be seen.
     * Without redirects, as pact-jvm's own client factory: the answer judged is the provider's.
     * With the kit's timeouts, so a provider that never answers fails the interaction, not the run.
     */
    static CloseableHttpClient noRetries() {
        return HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(RawHttp.TIMEOUT)).build())
                .build();
    }
}

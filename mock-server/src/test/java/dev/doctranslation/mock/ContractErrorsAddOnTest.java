package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.monitoring.MonitoringConfig;
import org.junit.jupiter.api.Test;

/**
 * Pins what {@link ContractErrorsAddOn} assumes of Grizzly, so that a Grizzly upgrade that breaks
 * it fails here rather than in a user's test. What its overrides fix is pinned request by request
 * in MalformedRequestsTest, UpgradeRequestsTest and ClientMistakesTest.
 */
class ContractErrorsAddOnTest {

    /**
     * Two overrides read and move Grizzly's parser state, which is no supported API and may change
     * in any release. They were written and checked against the 4.0 line: on another, read
     * ContractErrorsAddOn's decodeHttpPacket and parseHeaderName against the new HttpCodecFilter
     * and HttpServerFilter, run MalformedRequestsTest, then move this pin.
     */
    @Test
    void grizzlyIsTheLineTheParserStateOverridesWereCheckedAgainst() {
        assertThat(Grizzly.getDotedVersion())
                .as("Grizzly's version; see this test's comment before moving it")
                .startsWith("4.0.");
    }

    /**
     * The add-on swaps Grizzly's codec for its subclass: every setting Grizzly's server put on its
     * own codec must be on the replacement too. Every public getter is compared, so a setting a new
     * Grizzly adds fails here until the add-on copies it.
     */
    @Test
    void theReplacementCodecKeepsEverySettingOfGrizzlysOwn() throws Exception {
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("pin", "127.0.0.1", 0);
        listener.setMaxHttpHeaderSize(MockServer.HARD_HEADER_LIMIT_BYTES);
        server.addListener(listener);
        server.getServerConfiguration().getMonitoringConfig().getHttpConfig().addProbes(new HttpProbe.Adapter());
        AtomicReference<HttpServerFilter> original = new AtomicReference<>();
        listener.registerAddOn((l, builder) -> original.set((HttpServerFilter) builder.get(builder.indexOfType(HttpServerFilter.class))));
        HeaderReadTimeout headerReadTimeout = HeaderReadTimeout.start(Duration.ofSeconds(10));
        listener.registerAddOn(new ContractErrorsAddOn(headerReadTimeout));
        server.start();
        try {
            FilterChain chain = listener.getFilterChain();
            HttpServerFilter replacement = (HttpServerFilter) chain.get(chain.indexOfType(HttpServerFilter.class));

            assertThat(replacement).isInstanceOf(ContractErrorsAddOn.ContractErrorsFilter.class);
            assertThat(settings(replacement)).isEqualTo(settings(original.get())).containsKey("getMonitoringConfig");
            assertThat(replacement.getMonitoringConfig().getProbes()).hasSize(1);
        } finally {
            server.shutdownNow();
            headerReadTimeout.close();
        }
    }

    /** Every public no-argument getter of Grizzly's codec classes, by name, with comparable values. */
    private static Map<String, Object> settings(HttpServerFilter filter) throws Exception {
        Map<String, Object> settings = new TreeMap<>();
        for (Method getter : filter.getClass().getMethods()) {
            boolean isGrizzlys = getter.getDeclaringClass().getPackageName().equals("org.glassfish.grizzly.http");
            boolean isGetter = getter.getName().startsWith("get") || getter.getName().startsWith("is");
            if (isGrizzlys && isGetter && getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())) {
                settings.put(getter.getName(), comparable(getter.invoke(filter)));
            }
        }
        return settings;
    }

    private static Object comparable(Object value) {
        if (value instanceof MonitoringConfig<?> monitoring) {
            return Arrays.asList(monitoring.getProbes());
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return value;
    }
}

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which CORS answers {@code security.cors} calls unsafe. */
class CorsCheckTest {

    @Test
    void anyOriginTheProbeOrNullWithCredentialsIsAFinding() {
        assertThat(CorsCheck.problem(answer("*", "true"))).hasValueSatisfying(p -> assertThat(p).contains("every origin"));
        assertThat(CorsCheck.problem(answer(CorsCheck.PROBE_ORIGIN, "TRUE"))).hasValueSatisfying(p -> assertThat(p)
                .contains("reflects"));
        assertThat(CorsCheck.problem(answer("null", "true"))).hasValueSatisfying(p -> assertThat(p).contains("null origin"));
    }

    @Test
    void withoutCredentialsOrForAListedOriginItIsNot() {
        assertThat(CorsCheck.problem(answer("*", null))).isEmpty();
        assertThat(CorsCheck.problem(answer("*", "false"))).isEmpty();
        assertThat(CorsCheck.problem(answer("https://portal.example.com", "true"))).isEmpty();
        assertThat(CorsCheck.problem(answer(null, "true"))).isEmpty();
    }

    private static Exchange answer(String allowOrigin, String allowCredentials) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (allowOrigin != null) {
            headers.put("access-control-allow-origin", List.of(allowOrigin));
        }
        if (allowCredentials != null) {
            headers.put("Access-Control-Allow-Credentials", List.of(allowCredentials));
        }
        return new Exchange("getTranslationStatus", "GET", "/batches/x", 404, headers,
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}

package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The requests read from each version's generated Feign interface are the ones its spec names: the
 * method, the version's operation URL (the contract module's own rule, {@code api-version}
 * included), the interface's Accept header, and the credential added for each request.
 */
class BoundRequestTest {
    private static final URI HOST = URI.create("https://example.cognitiveservices.azure.com");
    private static final UUID ID = UUID.fromString("727BF148-F327-47A0-9481-ABAE6362F11E");
    private static final CredentialHeaders KEY = request -> {
        request.setHeader("Ocp-Apim-Subscription-Key", "k");
        request.setHeader("User-Agent", "ua");
    };

    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void eachVersionsInterfaceGivesItsSpecsRequests(ServiceVersion version) throws Exception {
        URI apiBase = URI.create(HOST + version.apiPath());
        WireOperations wire = WireOperations.create(version, apiBase, KEY);

        ClassicHttpRequest cancel = wire.cancelTranslation(ID);
        ClassicHttpRequest status = wire.getTranslationStatus(ID);

        assertThat(cancel.getMethod()).isEqualTo("DELETE");
        assertThat(status.getMethod()).isEqualTo("GET");
        for (ClassicHttpRequest request : new ClassicHttpRequest[] {cancel, status}) {
            assertThat(request.getUri()).isEqualTo(version.operationUri(apiBase, ID.toString()));
            assertThat(request.getEntity()).isNull();
            assertThat(values(request, "Accept")).containsExactly("application/json");
            assertThat(values(request, "Accept-Encoding")).as("the body as sent").containsExactly("identity");
            assertThat(values(request, "Ocp-Apim-Subscription-Key")).containsExactly("k");
            assertThat(values(request, "User-Agent")).containsExactly("ua");
        }
    }

    @Test
    void theCredentialIsReadForEveryRequest() {
        int[] reads = {0};
        WireOperations wire = WireOperations.create(ServiceVersion.V1_0, URI.create(HOST + "/translator/text/batch/v1.0"),
                request -> request.setHeader("Ocp-Apim-Subscription-Key", "key-" + ++reads[0]));

        assertThat(values(wire.getTranslationStatus(ID), "Ocp-Apim-Subscription-Key")).containsExactly("key-1");
        assertThat(values(wire.cancelTranslation(ID), "Ocp-Apim-Subscription-Key")).containsExactly("key-2");
    }

    private static java.util.List<String> values(ClassicHttpRequest request, String name) {
        return Stream.of(request.getHeaders(name)).map(Header::getValue).toList();
    }

    @Test
    void aMethodTheInterfaceLacksOrOneWithoutAnIdOrAMissingArgumentIsRefusedByName() {
        assertThatThrownBy(() -> BoundRequest.bind(Odd.class, "purge", "http://h", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Odd has no method purge");
        assertThatThrownBy(() -> BoundRequest.bind(Odd.class, "list", "http://h", Map.of("top", "5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no UUID id");
        assertThatThrownBy(() -> BoundRequest.bind(Odd.class, "versioned", "http://h", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value for apiVersion");
        assertThat(BoundRequest.bind(Odd.class, "versioned", "http://h", Map.of("apiVersion", "v9")))
                .hasToString("GET http://h/batches/{id}?api-version=v9");
    }

    interface Odd {
        @RequestLine("GET /batches")
        @Headers("Accept: application/json")
        Response list(@Param("top") String top);

        @RequestLine("GET /batches/{id}?api-version={apiVersion}")
        Response versioned(@Param("id") UUID id, @Param("apiVersion") String apiVersion);
    }
}

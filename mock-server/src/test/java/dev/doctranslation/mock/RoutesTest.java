package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated interface binds the routes at compile time; this checks the rest: the served
 * routes are exactly the spec's operations, under the spec's base path.
 */
class RoutesTest {

    /** The spec, from the openapi artifact on the classpath. */
    private static final OpenAPI API = new OpenAPIV3Parser().readContents(specText()).getOpenAPI();

    @Test
    void theBasePathIsTheSpecsServerPath() {
        String server = API.getServers().get(0).getUrl().replace("{customDomain}", "host");

        assertThat(URI.create(server).getPath()).isEqualTo(MockServer.BASE_PATH);
    }

    @Test
    void theServedRoutesAreTheSpecsOperations() {
        Set<String> spec = new TreeSet<>();
        API
                .getPaths()
                .forEach(
                        (path, item) -> {
                            for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                                spec.add(method + " " + MockServer.BASE_PATH + path);
                            }
                        });

        Set<String> served = new TreeSet<>();
        Resource resource = Resource.from(TranslationOperationsResource.class);
        for (Resource child : resource.getChildResources()) {
            for (ResourceMethod method : child.getResourceMethods()) {
                served.add(method.getHttpMethod() + " " + resource.getPath() + child.getPath());
            }
        }
        for (ResourceMethod method : resource.getResourceMethods()) {
            served.add(method.getHttpMethod() + " " + resource.getPath());
        }

        assertThat(served).isNotEmpty().isEqualTo(spec);
    }

    /**
     * Every version: its resource's path is its spec's servers[0] path and {@link
     * ServiceVersion#apiPath()}, and the routes it serves are exactly its spec's operations there.
     */
    @ParameterizedTest
    @EnumSource(ServiceVersion.class)
    void eachVersionsResourceServesExactlyItsSpecsOperationsAtItsSpecsServerPath(ServiceVersion version) {
        OpenAPI spec = new OpenAPIV3Parser().readContents(specText("/" + version.specResource())).getOpenAPI();
        Class<?> resourceClass = MockApplication.API_RESOURCES.entrySet().stream()
                .filter(e -> e.getValue() == version).map(Map.Entry::getKey).findFirst().orElseThrow();
        Resource resource = Resource.from(resourceClass);
        String server = URI.create(spec.getServers().get(0).getUrl().replace("{customDomain}", "host")).getPath();

        assertThat(resource.getPath()).isEqualTo(server).isEqualTo(version.apiPath());
        Set<String> declared = new TreeSet<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> declared.add(method + " " + server + path)));
        Set<String> served = new TreeSet<>();
        for (Resource child : resource.getChildResources()) {
            for (ResourceMethod method : child.getResourceMethods()) {
                served.add(method.getHttpMethod() + " " + resource.getPath() + child.getPath());
            }
        }
        assertThat(served).isNotEmpty().isEqualTo(declared);
    }

    @Test
    void everyVersionIsServedOnce() {
        assertThat(MockApplication.API_RESOURCES.values()).containsExactlyInAnyOrderElementsOf(ServiceVersion.all());
    }

    private static String specText() {
        return specText("/META-INF/openapi/document-translation.yaml");
    }

    private static String specText(String resource) {
        try (InputStream in = RoutesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

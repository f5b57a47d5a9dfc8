package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.PathItem;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;

/**
  * The generated interface binds the routes at compile time; this checks the rest: the served
  * routes are exactly the spec's operations, under the spec's base path.
  */
class RoutesTest {

    @Test
    void theBasePathIsTheSpecsServerPath() {
        String server = ContractCheck.API.getServers().get(0).getUrl().replace("{customDomain}", "host");

        assertThat(URI.create(server).getPath()).isEqualTo(MockServer.BASE_PATH);
    }

    @Test
    void theServedRoutesAreTheSpecsOperations() {
        Set<String> spec = new TreeSet<>();
        ContractCheck.API
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
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.ServiceVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One version's contract as the validator reads it: from the openapi artifact on the classpath,
 * never a copy. Knows each operation's method and path, so callers can name an operation either way.
 */
final class ContractSpec {
    static final String RESOURCE = "/" + ServiceVersion.V1_0_PREVIEW_1.specResource();

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

    /** One operation of the contract. */
    record OperationRef(String operationId, String method, String pathTemplate, Pattern pathPattern, List<String> statuses) {}

    private final ServiceVersion version;
    private final String yaml;
    private final String basePath;
    private final Map<String, OperationRef> operations;

    private ContractSpec(ServiceVersion version, String yaml, OpenAPI api) {
        this.version = version;
        this.yaml = yaml;
        String server = PATH_PARAMETER.matcher(api.getServers().get(0).getUrl()).replaceAll("host");
        this.basePath = URI.create(server).getPath();
        Map<String, OperationRef> ops = new java.util.TreeMap<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
                ops.put(op.getOperationId(), ref(method, template, op))));
        this.operations = java.util.Collections.unmodifiableMap(ops);
    }

    static ContractSpec fromClasspath() {
        return fromClasspath(ServiceVersion.V1_0_PREVIEW_1);
    }

    static ContractSpec fromClasspath(ServiceVersion version) {
        String resource = "/" + version.specResource();
        try (InputStream in = ContractSpec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the contract of " + version + ", " + resource
                        + ", is not on the classpath; add dev.doctranslation:doctranslation-openapi");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            return new ContractSpec(version, yaml, new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + resource, e);
        }
    }

    ServiceVersion version() {
        return version;
    }

    private static OperationRef ref(PathItem.HttpMethod method, String template, Operation op) {
        String regex = PATH_PARAMETER.matcher(Pattern.quote(template)).replaceAll("\\\\E[^/]+\\\\Q");
        return new OperationRef(op.getOperationId(), method.name(), template, Pattern.compile(regex),
                List.copyOf(op.getResponses().keySet()));
    }

    String yaml() {
        return yaml;
    }

    String basePath() {
        return basePath;
    }

    Map<String, OperationRef> operations() {
        return operations;
    }

    /**
     * @throws IllegalArgumentException naming the known operation ids
     */
    OperationRef operation(String operationId) {
        OperationRef ref = operations.get(operationId);
        if (ref == null) {
            throw new IllegalArgumentException("unknown operation '" + operationId + "'; the contract has "
                    + String.join(", ", operations.keySet()));
        }
        return ref;
    }

    /** The operation a request line names; the path may carry the API base path or not. */
    Optional<OperationRef> operation(String method, String path) {
        String relative = path.startsWith(basePath) ? path.substring(basePath.length()) : path;
        int query = relative.indexOf('?');
        String bare = query < 0 ? relative : relative.substring(0, query);
        return operations.values().stream()
                .filter(op -> op.method().equals(method.toUpperCase(Locale.ROOT)) && op.pathPattern().matcher(bare).matches())
                .findFirst();
    }
}

package dev.doctranslation.openapi;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * OpenAPITools openapi-diff applied to two versions of the contract, old first: what it calls
 * incompatible is what can break a client written for the old document when it talks to a
 * provider of the new one. openapi-diff answers with a tree of changes; {@link #breakingChanges}
 * flattens the incompatible ones into one line each, naming the operation, the response or
 * parameter, the property and the change, so a gate's failure says what to undo.
 */
final class SpecDiff {

    private final ChangedOpenApi diff;

    private SpecDiff(ChangedOpenApi diff) {
        this.diff = diff;
    }

    /** Compares two spec texts (no base location is needed: every spec here is self-contained). */
    static SpecDiff between(String oldSpec, String newSpec) {
        return new SpecDiff(OpenApiCompare.fromContents(oldSpec, newSpec));
    }

    boolean isIncompatible() {
        return diff.isIncompatible();
    }

    boolean isUnchanged() {
        return diff.isUnchanged();
    }

    /** openapi-diff's own Markdown rendering of every change, compatible or not. */
    String markdown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        new MarkdownRender().render(diff, writer);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One line per change openapi-diff calls incompatible, in document order. */
    List<String> breakingChanges() {
        List<String> lines = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            lines.add(removed.getMethod() + " " + removed.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            walk(operation.getHttpMethod() + " " + operation.getPathUrl(), operation, lines);
        }
        return lines;
    }

    private static void walk(String where, Changed node, List<String> lines) {
        if (node == null || !node.isIncompatible()) {
            return;
        }
        if (node instanceof ComposedChanged composed) {
            if (composed.isCoreChanged().isIncompatible()) {
                String what = describeCore(node);
                if (!what.isEmpty()) {
                    lines.add(where + ": " + what);
                }
            }
            for (Changed child : composed.getChangedElements()) {
                if (child != null) {
                    walk(where + label(node, child), child, lines);
                }
            }
        } else {
            lines.add(where + ": " + describeLeaf(node));
        }
    }

    /** Where a child sits under its parent, as a reader would name it. */
    private static String label(Changed parent, Changed child) {
        if (parent instanceof ChangedOperation op) {
            if (child == op.getParameters()) {
                return ", parameters";
            }
            if (child == op.getRequestBody()) {
                return ", request body";
            }
            if (child == op.getSecurityRequirements()) {
                return ", security";
            }
            return "";
        }
        if (parent instanceof ChangedApiResponse responses) {
            return ", response " + keyOf(responses.getChanged(), child);
        }
        if (parent instanceof ChangedParameters && child instanceof ChangedParameter p) {
            return " " + p.getIn() + " parameter '" + p.getName() + "'";
        }
        if (parent instanceof ChangedHeaders headers) {
            return ", header " + keyOf(headers.getChanged(), child);
        }
        if (parent instanceof ChangedContent content) {
            return ", " + keyOf(content.getChanged(), child);
        }
        if (parent instanceof ChangedMediaType) {
            return child instanceof ChangedSchema ? ", body" : "";
        }
        if (parent instanceof ChangedSchema schema) {
            String property = keyOf(schema.getChangedProperties(), child);
            if (!property.isEmpty()) {
                return ", property '" + property + "'";
            }
            if (child == schema.getItems()) {
                return ", items";
            }
            if (child == schema.getAddProp()) {
                return ", additional properties";
            }
        }
        return "";
    }

    private static String keyOf(Map<String, ?> map, Object value) {
        if (map == null) {
            return "";
        }
        return map.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst().orElse("");
    }

    /** What a composed node itself changed (its children report their own changes). */
    private static String describeCore(Changed node) {
        List<String> parts = new ArrayList<>();
        if (node instanceof ChangedApiResponse responses) {
            addIfAny(parts, "responses removed: ", responses.getMissing().keySet());
        } else if (node instanceof ChangedParameters parameters) {
            addIfAny(parts, "parameters removed: ", names(parameters.getMissing()));
            addIfAny(parts, "new required parameters: ", names(parameters.getIncreased().stream()
                    .filter(p -> Boolean.TRUE.equals(p.getRequired())).toList()));
        } else if (node instanceof ChangedParameter parameter) {
            if (parameter.isChangeRequired()) {
                parts.add("now required");
            }
            if (parameter.isChangeStyle() || parameter.isChangeExplode()) {
                parts.add("serialisation (style/explode) changed");
            }
        } else if (node instanceof ChangedHeaders headers) {
            addIfAny(parts, "headers removed: ", headers.getMissing().keySet());
            addIfAny(parts, "new required headers: ", headers.getIncreased().entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue().getRequired())).map(Map.Entry::getKey).toList());
        } else if (node instanceof ChangedHeader header) {
            if (header.isRequired()) {
                parts.add("required changed (" + header.getOldHeader().getRequired() + " -> "
                        + header.getNewHeader().getRequired() + ")");
            }
        } else if (node instanceof ChangedContent content) {
            addIfAny(parts, "media types removed: ", content.getMissing().keySet());
        } else if (node instanceof ChangedSchema schema) {
            if (schema.isChangedType()) {
                parts.add("type changed from " + typeOf(schema.getOldSchema()) + " to " + typeOf(schema.getNewSchema()));
            }
            if (schema.isChangeFormat()) {
                parts.add("format changed from " + formatOf(schema.getOldSchema()) + " to " + formatOf(schema.getNewSchema()));
            }
            addIfAny(parts, "properties removed: ", schema.getMissingProperties().keySet());
            if (schema.isDiscriminatorPropertyChanged()) {
                parts.add("discriminator changed");
            }
        } else if (node instanceof ChangedSecurityRequirements security) {
            addIfAny(parts, "security alternatives removed: ", security.getMissing().stream()
                    .map(r -> r.keySet().toString()).toList());
        } else if (node instanceof ChangedResponse || node instanceof ChangedMediaType || node instanceof ChangedOperation) {
            // Nothing of their own that breaks: their parts (headers, content, schema) say what does.
        } else {
            parts.add(aspect(node) + " changed incompatibly");
        }
        return String.join("; ", parts);
    }

    private static String describeLeaf(Changed node) {
        if (node instanceof ChangedEnum<?> values) {
            List<String> parts = new ArrayList<>();
            addIfAny(parts, "enum values added: ", values.getIncreased());
            addIfAny(parts, "enum values removed: ", values.getMissing());
            return String.join("; ", parts);
        }
        if (node instanceof ChangedRequired required) {
            List<String> parts = new ArrayList<>();
            addIfAny(parts, "now required: ", required.getIncreased());
            addIfAny(parts, "no longer required: ", required.getMissing());
            return String.join("; ", parts);
        }
        return aspect(node) + " changed incompatibly";
    }

    /** The changed aspect named by openapi-diff's type, for example MaxLength or Nullable. */
    private static String aspect(Changed node) {
        return node.getClass().getSimpleName().replaceFirst("^Changed", "");
    }

    private static void addIfAny(List<String> parts, String prefix, java.util.Collection<?> items) {
        if (items != null && !items.isEmpty()) {
            parts.add(prefix + items.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static List<String> names(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.getIn() + " '" + p.getName() + "'").toList();
    }

    private static String typeOf(io.swagger.v3.oas.models.media.Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        String type = Objects.toString(schema.getType(), "untyped");
        return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    }

    private static String formatOf(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return schema == null ? "none" : Objects.toString(schema.getFormat(), "no format");
    }
}

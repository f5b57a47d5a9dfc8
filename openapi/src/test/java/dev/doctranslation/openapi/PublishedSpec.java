package dev.doctranslation.openapi;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The service versions this module publishes a spec for, oldest first, each with its file, its
 * page in the HTML reference and its breaking-change baseline. The contract module's
 * {@code ServiceVersion} is the vocabulary the other modules use; this module cannot see it (the
 * contract depends on this module), so the list is repeated here and each side's tests tie it to
 * the files: {@code VersionedSpecsTest} checks that every {@code document-translation*.yaml} is
 * listed, and the contract's {@code ContractVocabularyTest} that each {@code ServiceVersion} has
 * its spec in this module's jar.
 */
enum PublishedSpec {
    V1_0_PREVIEW_1("v1.0-preview.1", "document-translation.yaml", "index.html"),
    V1_0("v1.0", "document-translation-v1.0.yaml", "v1.0/index.html"),
    V1_1("v1.1", "document-translation-v1.1.yaml", "v1.1/index.html"),
    V2024_05_01("2024-05-01", "document-translation-2024-05-01.yaml", "2024-05-01/index.html");

    /** Where the committed baselines live, one copy of each published spec as it was released. */
    static final Path BASELINES = Path.of("baselines");
    /** The HTML reference's root (the build renders the pages there, and ReferenceSite its index). */
    static final Path SITE = Path.of("target/site");

    private final String id;
    private final String file;
    private final String page;

    PublishedSpec(String id, String file, String page) {
        this.id = id;
        this.file = file;
        this.page = page;
    }

    /** The version as the service names it. */
    String id() {
        return id;
    }

    /** The spec's file name, in this module's root and under META-INF/openapi/ in the jar. */
    String file() {
        return file;
    }

    /** The spec as written (the module's root is the tests' working directory). */
    Path yaml() {
        return Path.of(file);
    }

    /** The bundled JSON twin the build makes. */
    Path json() {
        return Path.of("target/generated-resources/openapi-json", file.replace(".yaml", ".json"));
    }

    /** The version's page, relative to the site's root. */
    String page() {
        return page;
    }

    Path baseline() {
        return BASELINES.resolve(file);
    }

    static List<PublishedSpec> all() {
        return Arrays.asList(values());
    }

    @Override
    public String toString() {
        return id;
    }
}

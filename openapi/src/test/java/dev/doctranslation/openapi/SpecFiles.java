package dev.doctranslation.openapi;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the contract: the hand-written file and the twin the build bundles. */
final class SpecFiles {
    static final Path YAML = Path.of("document-translation.yaml");
    static final Path JSON = Path.of("target/generated-resources/openapi-json/document-translation.json");
    static final Path HTML = Path.of("target/site/index.html");
    /** The server URL's path: the validator matches request paths including it. */
    static final String BASE_PATH = "/translator/text/batch/v1.0-preview.1";

    private SpecFiles() {}

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + path.toAbsolutePath()
                    + " (run the tests through Maven, which builds it first)", e);
        }
    }
}

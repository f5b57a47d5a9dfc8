package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate of every {@code ./mvnw verify}: no published version's spec may change in a way
 * openapi-diff calls incompatible against its committed baseline. The other tests prove the gate
 * can fail, and that its message names the version and the change.
 */
class BreakingChangeGateTest {

    @Test
    void noPublishedVersionBreaksItsBaseline() {
        List<String> failures = BreakingChangeGate.check(Path.of("."), PublishedSpec.BASELINES);

        assertThat(failures).as("versions that break their baseline (baselines/<spec file>)").isEmpty();
    }

    /** A copy of every spec with one deliberate break in the v1.1 one, compared with the real baselines. */
    @Test
    void aRemovedResponsePropertyAndANewRequiredParameterFailTheGateWithTheVersionAndTheChange(@TempDir Path work)
            throws IOException {
        copyAllSpecs(work);
        Path v11 = work.resolve(PublishedSpec.V1_1.file());
        String spec = Files.readString(v11);
        // Break 1: the status summary is no longer a required part of the status.
        String broken = replaceOnce(spec, """
                      required:
                        - id
                        - createdDateTimeUtc
                        - lastActionDateTimeUtc
                        - status
                        - summary
                """, """
                      required:
                        - id
                        - createdDateTimeUtc
                        - lastActionDateTimeUtc
                        - status
                """);
        // Break 2: every request must now carry a new required query parameter.
        broken = replaceOnce(broken, """
                    parameters:
                      - $ref: '#/components/parameters/OperationId'
                """, """
                    parameters:
                      - $ref: '#/components/parameters/OperationId'
                      - name: tenant
                        in: query
                        required: true
                        schema:
                          type: string
                          maxLength: 64
                """);
        Files.writeString(v11, broken);

        List<String> failures = BreakingChangeGate.check(work, PublishedSpec.BASELINES);

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0))
                .startsWith("version v1.1: ")
                .contains(PublishedSpec.V1_1.file(), "baselines")
                .contains("DELETE /batches/{id}, parameters: new required parameters: query 'tenant'")
                .contains("GET /batches/{id}, parameters: new required parameters: query 'tenant'")
                .contains("response 200, application/json, body: no longer required: summary");
    }

    @Test
    void aRemovedOperationFailsTheGate(@TempDir Path work) throws IOException {
        copyAllSpecs(work);
        Path preview = work.resolve(PublishedSpec.V1_0_PREVIEW_1.file());
        String spec = Files.readString(preview);
        int get = spec.indexOf("    get:\n");
        int components = spec.indexOf("components:\n");
        Files.writeString(preview, spec.substring(0, get) + spec.substring(components));

        List<String> failures = BreakingChangeGate.check(work, PublishedSpec.BASELINES);

        assertThat(failures).singleElement().asString()
                .startsWith("version v1.0-preview.1: ")
                .contains("GET /batches/{id}: operation removed");
    }

    @Test
    void aCompatibleChangePasses(@TempDir Path work) throws IOException {
        copyAllSpecs(work);
        Path v10 = work.resolve(PublishedSpec.V1_0.file());
        // A new optional response property is something every client must already ignore.
        Files.writeString(v10, replaceOnce(Files.readString(v10), """
                        error:
                          $ref: '#/components/schemas/TranslationError'
                        summary:
                """, """
                        error:
                          $ref: '#/components/schemas/TranslationError'
                        note:
                          type: string
                          maxLength: 256
                        summary:
                """));

        assertThat(BreakingChangeGate.check(work, PublishedSpec.BASELINES)).isEmpty();
    }

    @Test
    void aVersionWithoutABaselineFailsTheGate(@TempDir Path work) throws IOException {
        copyAllSpecs(work);
        Path baselines = Files.createDirectories(work.resolve("baselines"));
        for (PublishedSpec spec : PublishedSpec.all()) {
            if (spec != PublishedSpec.V2024_05_01) {
                Files.copy(spec.baseline(), baselines.resolve(spec.file()));
            }
        }

        assertThat(BreakingChangeGate.check(work, baselines)).singleElement().asString()
                .startsWith("version 2024-05-01: no baseline")
                .contains(PublishedSpec.V2024_05_01.file());
    }

    private static void copyAllSpecs(Path dir) throws IOException {
        for (PublishedSpec spec : PublishedSpec.all()) {
            Files.copy(spec.yaml(), dir.resolve(spec.file()));
        }
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).as("the text to break").contains(from);
        assertThat(text.indexOf(from)).as("'%s' occurs once", from.strip()).isEqualTo(text.lastIndexOf(from));
        return text.replace(from, to);
    }
}

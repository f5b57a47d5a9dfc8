package dev.doctranslation.contract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.testing.Recordings.Recording;
import dev.doctranslation.contract.testing.Recordings.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recorded sessions are what the other modules' tests take them for: complete, sourced, about
 * one operation each, and free of anything secret-like.
 */
class RecordingsTest {
    private static final Path DIRECTORY = Path.of("src/test/resources/recordings");

    static List<Recording> recordings() {
        return Recordings.all();
    }

    @Test
    void theIndexListsEveryFileOfTheDirectory() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertThat(Recordings.index()).as("recordings/index.txt").containsExactlyElementsOf(json);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void eachNamesItsSourceAndAKnownServiceVersion(Recording recording) {
        assertThat(recording.file()).isEqualTo(recording.name() + ".json");
        assertThat(recording.repository()).as(recording.file()).matches("Azure/[\\w.-]+");
        assertThat(recording.commit()).as(recording.file()).matches("[0-9a-f]{40}");
        assertThat(ServiceVersion.fromId(recording.serviceVersion())).as(recording.file()).isNotNull();
        assertThat(recording.path()).as(recording.file()).contains("translation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void everyStepIsAboutTheOneOperation(Recording recording) {
        assertThat(recording.steps()).as(recording.file()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.method()).isIn("GET", "DELETE");
            assertThat(step.request()).startsWith(step.method() + " /translator/").contains(recording.operationId().toString());
            assertThat(step.status().getId()).as(step.request()).isEqualTo(recording.operationId());
        });
        assertThat(recording.steps().stream().filter(s -> s.method().equals("DELETE"))).hasSizeLessThanOrEqualTo(1);
        assertThat(recording.hasCancel()).as("a session with a cancel says the status before it")
                .isEqualTo(recording.statusBeforeCancel() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void noStepCarriesACredentialOrACookie(Recording recording) {
        for (Step step : recording.steps()) {
            assertThat(step.headers().keySet()).as(step.request()).noneMatch(name -> List.of("ocp-apim-subscription-key",
                    "authorization", "set-cookie", "cookie").contains(name.toLowerCase(Locale.ROOT)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void serviceOrderMovesOnlyARacedReadAndOnlyBeforeTheCancel(Recording recording) {
        List<Step> ordered = recording.inServiceOrder();
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(recording.steps());
        if (recording.steps().stream().noneMatch(Step::racedTheCancel)) {
            assertThat(ordered).containsExactlyElementsOf(recording.steps());
        } else {
            int cancel = ordered.indexOf(recording.cancel());
            assertThat(ordered.subList(0, cancel)).anyMatch(Step::racedTheCancel);
            assertThat(ordered.subList(cancel, ordered.size())).noneMatch(Step::racedTheCancel);
        }
    }
}

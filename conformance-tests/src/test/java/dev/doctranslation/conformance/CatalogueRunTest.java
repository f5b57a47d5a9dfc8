package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run's bookkeeping: results in the order they end, and reports that hold every one of them. */
class CatalogueRunTest {
    @TempDir
    Path reports;

    @Test
    void aCheckThatEndsAfterTheRunFinishedIsAddedToTheReports() {
        // What JUnit's parallel execution does: it closes the stream, which finishes the run,
        // while dynamic tests it forked may still be waiting to run.
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            CatalogueRun run = new CatalogueRun(mock.target(), KitSettings.defaults(), Optional.of(reports));
            List<Check> auth = Catalogue.select(List.of("auth.*"));

            run.run(auth.get(0));
            RunReport atFinish = run.finish();
            run.run(auth.get(1));

            assertThat(atFinish.results()).hasSize(1);
            assertThat(reports.resolve(ReportWriter.JUNIT_XML)).content()
                    .contains("tests=\"2\" failures=\"0\"", "name=\"auth.missing-key\"", "name=\"auth.wrong-key\"");
        }
    }
}

package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line goes through the library API, yet never loads a JUnit class: the standalone jar
 * carries no JUnit (StandaloneJarIT runs it after packaging). Here the JVM's class-loading log
 * shows it on the test classpath, where JUnit is at hand and would be loaded if anything asked.
 */
class CommandLineWithoutJunitTest {
    @TempDir
    Path dir;

    @Test
    void runningTheCatalogueLoadsTheKitsClassesAndNoJunitOne() throws Exception {
        Path loaded = dir.resolve("classes.log");

        KitProcess kit = KitProcess.run(List.of("-Xlog:class+load=info:file=" + loaded, "-cp",
                System.getProperty("java.class.path"), KitCommand.class.getName()),
                "--check", "auth.*", "--check", "cancel.twice", "--report-dir", dir.resolve("reports").toString());

        assertThat(kit.exit()).as(kit.output()).isZero();
        // The mock's request log (logback, on this classpath) may print after the closing line.
        // Three checks in each version: the embedded mock is checked in every one.
        assertThat(kit.output().lines()).contains(3 * ServiceVersion.all().size() + " passed, 0 failed, 0 skipped");
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).anyMatch(line -> line.contains(" " + ConformanceKit.class.getName() + " "))
                .anyMatch(line -> line.contains(" " + CatalogueRun.class.getName() + " "))
                .noneMatch(line -> line.contains(" org.junit.") || line.contains(" org.opentest4j."))
                .noneMatch(line -> line.contains(KitDynamicTests.class.getName()));
        assertThat(dir.resolve("reports").resolve(ReportWriter.JUNIT_XML)).exists();
    }
}

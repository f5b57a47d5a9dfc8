package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, as users run it: {@code java -jar target/doctranslation-conformance.jar}. Run by
 * Failsafe after packaging. The jar carries no JUnit (users of the library bring theirs), so a
 * command line that loaded any JUnit class would fail here.
 */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target", "doctranslation-conformance.jar");

    @TempDir
    Path reports;

    @Test
    void theJarHoldsNoJunitAndChecksTheEmbeddedMock() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .contains("dev/doctranslation/conformance/ConformanceKit.class")
                    .noneMatch(name -> name.startsWith("org/junit/") || name.startsWith("org/opentest4j/"));
        }

        KitProcess kit = KitProcess.run(List.of("-jar", JAR.toString()), "--report-dir", reports.toString());

        assertThat(kit.exit()).as(kit.output()).isZero();
        // Every version, each with security.hsts skipped: it applies to https only, and the mock speaks http.
        int versions = dev.doctranslation.contract.ServiceVersion.all().size();
        assertThat(kit.lastLine()).isEqualTo(EmbeddedMock.checksOfEveryVersion() - versions + " passed, 0 failed, "
                + versions + " skipped");
        assertThat(kit.output()).doesNotContain("Exception", "NoClassDefFoundError");
        assertThat(reports.resolve(ReportWriter.JUNIT_XML)).exists();
    }
}

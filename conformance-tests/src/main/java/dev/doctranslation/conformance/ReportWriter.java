package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the three reports into one folder: JUnit XML for CI, JSON for tools, and a
 * self-contained HTML page for people (no script, no font, nothing fetched). Every byte passes
 * the redactor on the way out.
 */
public final class ReportWriter {
    static final String JUNIT_XML = "TEST-doctranslation-conformance.xml";
    static final String JSON = "conformance.json";
    static final String HTML = "index.html";

    private static final Mustache PAGE = new DefaultMustacheFactory("dev/doctranslation/conformance").compile("report.html.mustache");

    private final Redactor redactor;

    ReportWriter(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Writes the reports and returns their paths. */
    public List<Path> write(RunReport report, Path folder) {
        try {
            Files.createDirectories(folder);
            Path xml = write(folder.resolve(JUNIT_XML), JunitXmlReport.render(report));
            Path json = write(folder.resolve(JSON), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ReportModel.of(report)) + "\n");
            StringWriter html = new StringWriter();
            PAGE.execute(html, ReportModel.of(report));
            Path page = write(folder.resolve(HTML), html.toString());
            return List.of(xml, json, page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The files {@link #write} writes in {@code folder}, in the order it returns them. */
    static List<Path> files(Path folder) {
        return List.of(folder.resolve(JUNIT_XML), folder.resolve(JSON), folder.resolve(HTML));
    }

    private Path write(Path file, String content) throws IOException {
        return Files.writeString(file, redactor.redact(content), StandardCharsets.UTF_8);
    }
}

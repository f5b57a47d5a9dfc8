package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each field, enum value and status code of the seed page is found in the spec, at the place
 * {@code seed-trace.tsv} names. Deleting one from the spec fails this test.
 */
class SeedTraceabilityTest {

    record Trace(String seedItem, String pointer, String expected) {}

    private static List<Trace> traces() throws IOException {
        List<Trace> traces = new ArrayList<>();
        try (InputStream in = SeedTraceabilityTest.class.getResourceAsStream("/seed-trace.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                traces.add(new Trace(cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
            }
        }
        return traces;
    }

    @TestFactory
    Stream<DynamicTest> everySeedItemIsInTheSpec() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SpecFiles.read(SpecFiles.YAML));
        return traces().stream().map(trace -> DynamicTest.dynamicTest(
                trace.seedItem() + " -> " + trace.pointer(), () -> {
                    JsonNode node = spec.at(trace.pointer());
                    assertThat(node.isMissingNode())
                            .as("seed item '%s' expected at %s", trace.seedItem(), trace.pointer())
                            .isFalse();
                    if (!trace.expected().isEmpty()) {
                        assertThat(node.asText()).as(trace.pointer()).isEqualTo(trace.expected());
                    }
                }));
    }

    /**
     * When the seed page is reachable (the project's shared folder beside the clone), every row of
     * its tables and every listed value must have a line in seed-trace.tsv, so that the trace cannot
     * silently leave one out.
     */
    @Test
    void everyItemOfTheSeedPagesTablesIsTraced() throws IOException {
        Path page = Path.of(System.getProperty("seed.page", "../../shared/seed/cancel-operation.md"));
        Assumptions.assumeTrue(Files.isRegularFile(page), "seed page not found at " + page.toAbsolutePath());

        Set<String> traced = new LinkedHashSet<>();
        traces().forEach(t -> traced.add(t.seedItem()));

        assertThat(traced).containsAll(seedItems(Files.readString(page)));
    }

    /** First cells of the page's table rows and the values of its bullet lists. */
    static Set<String> seedItems(String page) {
        Set<String> items = new LinkedHashSet<>();
        Pattern listItem = Pattern.compile("<li>([^<]+)</li>");
        for (String line : page.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("|-----")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String first = cells.length > 1 ? cells[1].trim() : "";
            if (first.isEmpty() || Set.of("Name", "Query parameter", "Headers", "Status Code").contains(first)) {
                continue;
            }
            Matcher m = listItem.matcher(line);
            boolean hasList = false;
            while (m.find()) {
                items.add(m.group(1).trim());
                hasList = true;
            }
            if (!first.equals("Other Status Codes") || !hasList) {
                items.add(first);
            }
        }
        return items;
    }

    @Test
    void theSeedTableReaderFindsRowsAndListValues() {
        String sample = """
                |Name|Type|Description|
                |--- |--- |--- |
                |status|String|List: <ul><li>Canceled</li><li>Running</li></ul>|
                |Other Status Codes|<ul><li>Too many requests</li></ul>|
                """;

        assertThat(seedItems(sample)).containsExactly("Canceled", "Running", "status", "Too many requests");
    }
}

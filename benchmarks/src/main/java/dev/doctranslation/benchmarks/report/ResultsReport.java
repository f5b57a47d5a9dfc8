package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the results of one run of benchmarks/run.sh:
 * <pre>
 * ResultsReport --work DIR --json results/DATE.json --markdown RESULTS.md [--findings FINDINGS.md]
 * ResultsReport --from-json results/DATE.json --markdown RESULTS.md [--findings FINDINGS.md]
 * </pre>
 * The JSON is the record; RESULTS.md is rendered from it alone, so it can be regenerated later.
 */
public final class ResultsReport {
    private ResultsReport() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        JsonNode results;
        Path json;
        if (options.containsKey("--from-json")) {
            json = Path.of(options.get("--from-json"));
            results = mapper.readTree(json.toFile());
        } else {
            json = Path.of(required(options, "--json"));
            results = new ResultsAssembler(mapper, Path.of(required(options, "--work"))).assemble();
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, mapper.writeValueAsString(results) + "\n");
        }
        Path markdown = Path.of(required(options, "--markdown"));
        String findings = options.containsKey("--findings") && Files.exists(Path.of(options.get("--findings")))
                ? Files.readString(Path.of(options.get("--findings"))) : "";
        // As the reader finds it from the repository's root, where run.sh runs.
        String relativeJson = Path.of("").toAbsolutePath().relativize(json.toAbsolutePath()).toString();
        Files.writeString(markdown, MarkdownReport.render(results, relativeJson, findings));
        if (results.path("smoke").asBoolean()) {
            List<String> wrong = SmokeCheck.wrongAnswers(results);
            if (!wrong.isEmpty()) {
                System.err.println("smoke run: a server answered what the contract does not allow:\n  " + String.join("\n  ", wrong));
                System.exit(1);
            }
            System.out.println("smoke run: every benchmark ran and every answer was the expected one;"
                    + " the figures are not measurements, so no goal is judged");
            return;
        }
        for (JsonNode goal : results.path("goals")) {
            System.out.println((goal.path("met").asBoolean() ? "met     " : "MISSED  ") + goal.path("goal").asText()
                    + ": " + goal.path("measured").asText());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each captured answer of {@code exchanges.tsv} gets exactly its expected rule ids, from the API
 * and from the command line: for every rule, a payload that breaks only that rule, and valid
 * payloads (the seed page's own examples among them) that break none.
 */
class ExchangeCasesTest {
    private static final ContractValidator VALIDATOR = ContractValidator.fromClasspath();
    private static final Path EXCHANGES = Path.of("src/test/resources/exchanges");

    record Case(String file, String operation, int status, List<String> headers, List<String> expected) {
        String name() {
            return operation + " " + status + " " + file + " -> " + (expected.isEmpty() ? "none" : expected);
        }

        Map<String, List<String>> headerMap() {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String h : headers) {
                int colon = h.indexOf(':');
                map.computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>()).add(h.substring(colon + 1).trim());
            }
            return map;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ExchangeCasesTest.class.getResourceAsStream("/exchanges.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                List<String> headers = c[3].equals("-") ? List.of("Content-Type: application/json")
                        : Arrays.asList(c[3].split("\\|"));
                List<String> expected = c[4].equals("none") ? List.of() : Arrays.asList(c[4].split(","));
                cases.add(new Case(c[0], c[1], Integer.parseInt(c[2]), headers, expected));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> theApiFindsExactlyTheExpectedRules() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Violation> found = VALIDATOR.validateExchange(c.operation(), c.status(), c.headerMap(),
                    Files.readAllBytes(EXCHANGES.resolve(c.file())));

            assertThat(found).extracting(Violation::ruleId).as(found.toString()).containsExactlyElementsOf(c.expected());
            assertThat(found).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCommandLineGivesTheSameVerdict() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertCommandLineVerdict(c, List.of())));
    }

    private static final Pattern VERDICT_LINE = Pattern.compile("^(MUST|SHOULD) (\\S+) ", Pattern.MULTILINE);

    /** The command line, given {@code leadingArgs} and the case, prints exactly its rules and exits as they say. */
    static void assertCommandLineVerdict(Case c, List<String> leadingArgs) {
        List<String> args = new ArrayList<>(leadingArgs);
        args.addAll(List.of("--operation", c.operation(), "--status", String.valueOf(c.status())));
        c.headers().forEach(h -> args.addAll(List.of("--header", h)));
        args.add(EXCHANGES.resolve(c.file()).toString());
        StringWriter out = new StringWriter();

        int exit = ValidatorCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                args.toArray(String[]::new));

        List<String> rules = new ArrayList<>();
        Matcher m = VERDICT_LINE.matcher(out.toString());
        while (m.find()) {
            rules.add(m.group(2));
        }
        assertThat(rules).containsExactlyElementsOf(c.expected());
        boolean must = c.expected().stream().anyMatch(id -> Arrays.stream(Rule.values())
                .anyMatch(r -> r.id().equals(id) && r.severity() == Severity.MUST));
        assertThat(exit).as(out.toString()).isEqualTo(must ? 1 : 0);
    }

    @Test
    void everyExchangeRuleHasAPayloadThatBreaksIt() throws IOException {
        List<String> covered = java.util.stream.Stream.concat(cases().stream(),
                VersionedExchangeCasesTest.cases().stream().map(VersionedExchangeCasesTest.VersionedCase::exchange))
                .flatMap(c -> c.expected().stream()).toList();
        List<String> exchangeRules = Arrays.stream(Rule.values())
                .filter(r -> !r.id().startsWith("transition.") && r != Rule.MODEL_CONSTRAINT)
                .map(Rule::id).toList();

        assertThat(covered).containsAll(exchangeRules);
    }

    @Test
    void anOperationCanBeNamedByMethodAndPath() throws IOException {
        byte[] body = Files.readAllBytes(EXCHANGES.resolve("summary-does-not-add-up.json"));
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));

        assertThat(VALIDATOR.validateExchange("GET", "/translator/text/batch/v1.0-preview.1/batches/727bf148-f327-47a0-9481-abae6362f11e",
                200, json, body)).extracting(Violation::ruleId).containsExactly("summary.arithmetic");
        assertThat(VALIDATOR.validateExchange("delete", "/batches/727bf148-f327-47a0-9481-abae6362f11e", 200, json, body))
                .extracting(Violation::ruleId).containsExactly("summary.arithmetic");
    }
}

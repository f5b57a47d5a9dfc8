package dev.doctranslation.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each version's captured answers of {@code exchanges-versions.tsv} get exactly their expected rule
 * ids, from the API and from the command line: what a version adds (v1.1's failed-document link,
 * the Azure Core envelope of 2024-05-01 with its {@code x-ms-error-code} and {@code default}
 * response) is valid there and reported where it does not belong.
 */
class VersionedExchangeCasesTest {
    private static final Path EXCHANGES = Path.of("src/test/resources/exchanges");
    private static final Map<ServiceVersion, ContractValidator> VALIDATORS = new EnumMap<>(ServiceVersion.class);

    record VersionedCase(ServiceVersion version, ExchangeCasesTest.Case exchange) {
        String name() {
            return version + " " + exchange.name();
        }
    }

    static List<VersionedCase> cases() throws IOException {
        List<VersionedCase> cases = new ArrayList<>();
        try (InputStream in = VersionedExchangeCasesTest.class.getResourceAsStream("/exchanges-versions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                List<String> headers = c[4].equals("-") ? List.of("Content-Type: application/json")
                        : Arrays.asList(c[4].split("\\|"));
                List<String> expected = c[5].equals("none") ? List.of() : Arrays.asList(c[5].split(","));
                cases.add(new VersionedCase(ServiceVersion.fromId(c[0]),
                        new ExchangeCasesTest.Case(c[1], c[2], Integer.parseInt(c[3]), headers, expected)));
            }
        }
        return cases;
    }

    private static synchronized ContractValidator validator(ServiceVersion version) {
        return VALIDATORS.computeIfAbsent(version, ContractValidator::fromClasspath);
    }

    @TestFactory
    Stream<DynamicTest> theApiFindsExactlyTheExpectedRules() throws IOException {
        return cases().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            ExchangeCasesTest.Case c = v.exchange();
            List<Violation> found = validator(v.version()).validateExchange(c.operation(), c.status(), c.headerMap(),
                    Files.readAllBytes(EXCHANGES.resolve(c.file())));

            assertThat(found).extracting(Violation::ruleId).as(found.toString()).containsExactlyElementsOf(c.expected());
            assertThat(found).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCommandLineGivesTheSameVerdict() throws IOException {
        return cases().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> ExchangeCasesTest.assertCommandLineVerdict(
                v.exchange(), List.of("--service-version", v.version().id()))));
    }

    @Test
    void everyVersionHasCases() throws IOException {
        Set<ServiceVersion> covered = cases().stream().map(VersionedCase::version).collect(Collectors.toSet());

        assertThat(covered).containsAll(ServiceVersion.all().stream().filter(v -> v != ServiceVersion.V1_0_PREVIEW_1).toList());
    }

    @Test
    void anOperationIsNamedByItsVersionsRoute() throws IOException {
        byte[] body = Files.readAllBytes(EXCHANGES.resolve("summary-does-not-add-up.json"));
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        String id = "727bf148-f327-47a0-9481-abae6362f11e";

        assertThat(validator(ServiceVersion.V2024_05_01).validateExchange("GET",
                ServiceVersion.V2024_05_01.operationPath(id), 200, json, body))
                .extracting(Violation::ruleId).containsExactly("summary.arithmetic");
        assertThat(validator(ServiceVersion.V1_1).validateExchange("DELETE", ServiceVersion.V1_1.operationPath(id), 200,
                json, body)).extracting(Violation::ruleId).containsExactly("summary.arithmetic");
    }

    @Test
    void aWrongVersionIsRefusedNamingTheSupportedOnes() {
        StringWriter err = new StringWriter();

        int exit = ValidatorCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "--service-version", "v9", "--operation", "cancelTranslation", "--status", "200", "-");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'v9'").contains("v1.0-preview.1, v1.0, v1.1, 2024-05-01");
    }
}

package dev.doctranslation.validator;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks a captured response by hand:
 * {@code java -jar doctranslation-validator.jar --operation cancelTranslation --status 200 body.json}.
 * Prints one line per violation and exits 1 on any MUST violation, 0 otherwise, 2 on bad input.
 */
@Command(name = "doctranslation-validator", mixinStandardHelpOptions = true, versionProvider = ValidatorCommand.Version.class,
        description = "Checks one captured response of the Document Translation cancel contract.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no MUST violation (SHOULD warnings may be printed)", "1:at least one MUST violation",
            "2:bad input (unknown operation, unreadable file, malformed header)"})
final class ValidatorCommand implements Callable<Integer> {
    /** Held, so that the logger keeps its level (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger QUIET_HIBERNATE = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Option(names = "--operation", required = true, paramLabel = "ID",
            description = "cancelTranslation or getTranslationStatus")
    String operation;

    @Option(names = "--status", required = true, paramLabel = "CODE", description = "the HTTP status code received")
    int status;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'",
            description = "a response header, repeatable (default: Content-Type: application/json)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--service-version", paramLabel = "VERSION", defaultValue = "v1.0-preview.1",
            converter = VersionConverter.class,
            description = "the service version whose contract applies: v1.0-preview.1, v1.0, v1.1 or 2024-05-01"
                    + " (default: ${DEFAULT-VALUE})")
    ServiceVersion serviceVersion;

    @Parameters(index = "0", paramLabel = "BODY", description = "file with the response body; - for standard input")
    String body;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Hibernate Validator announces itself through java.util.logging on stderr; the command's
        // output is verdicts only.
        QUIET_HIBERNATE.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ValidatorCommand());
        line.setOut(out).setErr(err);
        line.setExitCodeExceptionMapper(e -> 2);
        line.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = body.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(body));
        } catch (NoSuchFileException e) {
            err.println("error: body file not found: " + body);
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read body file " + body + ": " + e.getMessage());
            return 2;
        }
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        for (String header : headers.isEmpty() ? List.of("Content-Type: application/json") : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                err.println("error: --header '" + header + "' is not 'Name: value'");
                return 2;
            }
            parsed.computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
        List<Violation> found;
        try {
            found = ContractValidator.fromClasspath(serviceVersion).validateExchange(operation, status, parsed, bytes);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        found.forEach(out::println);
        long must = found.stream().filter(v -> v.severity() == Severity.MUST).count();
        out.println(must + " MUST, " + (found.size() - must) + " SHOULD");
        return must > 0 ? 1 : 0;
    }

    /** Reads a version as the service names it; a wrong one is a usage error naming the supported ones. */
    static final class VersionConverter implements CommandLine.ITypeConverter<ServiceVersion> {
        @Override
        public ServiceVersion convert(String value) {
            try {
                return ServiceVersion.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ValidatorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"doctranslation-validator " + (version == null ? "(development build)" : version)};
        }
    }
}

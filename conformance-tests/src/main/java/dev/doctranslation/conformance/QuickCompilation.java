package dev.doctranslation.conformance;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the command line's JVM out of the optimising JIT compiler (C2). A run of the jar lasts a few
 * seconds and runs most of its code once or a few times (class initialisers, parsers, one request
 * of each kind): C2 compiled methods on both cores for about 40% of the run's CPU and the run
 * ended before the compiled code paid that back. With C2 excluded, HotSpot compiles each hot method
 * with the quick compiler (C1) alone, which is what {@code -XX:TieredStopAtLevel=1} does; the
 * command is fixed, so the jar asks for it itself, through the JVM's own diagnostic command
 * {@code Compiler.directives_add} (what {@code jcmd <pid> Compiler.directives_add} does), on a
 * thread of its own while the command line is parsed.
 *
 * <p>Only the jar's {@code main}: a build using {@link ConformanceKit} keeps its JVM as it is. Best
 * effort: on a JVM without the diagnostic command (not HotSpot, or no {@code jdk.management}) the
 * run is the same, only slower.
 */
final class QuickCompilation {
    /** Every method, C2 only: see the class comment. JSON5, as HotSpot's directive parser takes it. */
    static final String DIRECTIVES = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    private QuickCompilation() {}

    /** Asks for it on a daemon thread and returns at once. */
    static void startInBackground() {
        Thread thread = new Thread(QuickCompilation::apply, "conformance-quick-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds {@link #DIRECTIVES} on top of the JVM's compiler directives; false when it could not. */
    static boolean apply() {
        try {
            // The command takes a file name only.
            Path file = Files.createTempFile("doctranslation-conformance-", ".json");
            try {
                Files.writeString(file, DIRECTIVES, StandardCharsets.UTF_8);
                String said = diagnosticCommand("compilerDirectivesAdd", file.toString());
                return said != null && said.startsWith("1 compiler directives added");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Runs one of the JVM's diagnostic commands, by its MBean operation name, and returns what it said. */
    static String diagnosticCommand(String operation, String... arguments) throws JMException {
        Object said = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return said == null ? null : said.toString();
    }
}

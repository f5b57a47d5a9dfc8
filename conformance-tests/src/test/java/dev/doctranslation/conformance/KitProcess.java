package dev.doctranslation.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The kit's command line as a process of its own, as users start it; its output read whole. */
record KitProcess(int exit, String output) {
    /** Runs {@code java <javaArgs> <kitArgs>} and waits for it, up to two minutes. */
    static KitProcess run(List<String> javaArgs, String... kitArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As the Surefire runs: pact-jvm's provider verification otherwise reports usage to a third-party host.
        command.add("-Dpact_do_not_track=true");
        command.addAll(javaArgs);
        command.addAll(List.of(kitArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DOCUMENT_TRANSLATION_KEY");
        Process process = builder.start();
        // Read before waiting: a full pipe would stall the process.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the kit did not end; output:\n" + output);
        }
        return new KitProcess(process.exitValue(), output);
    }

    String lastLine() {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}

package dev.doctranslation.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 7: the mock as a test dependency, beside WireMock, one fresh JVM per measurement.
 * <pre>
 * java -cp benchmarks.jar dev.doctranslation.benchmarks.startup.StartupHarness \
 *   --out startup.jsonl [--rounds 3] [--cold-seconds 10] [--connections 4] [--heap 512m]
 * </pre>
 * Each round starts one {@link StartupProbe} JVM per subject, in an order that rotates between
 * rounds (so no subject always runs right after the machine was quiet), and appends the probe's
 * line, with the round, to {@code --out}: one JSON object per line. ResultsAssembler takes the
 * medians and ratios.
 */
public final class StartupHarness {
    static final List<String> SUBJECTS = List.of("mock-builder", "wiremock-server", "mock-extension", "wiremock-extension");

    private StartupHarness() {}

    public static void main(String[] args) throws Exception {
        Path out = null;
        int rounds = 3;
        int coldSeconds = 10;
        int connections = 4;
        String heap = "512m";
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--out" -> out = Path.of(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--cold-seconds" -> coldSeconds = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--heap" -> heap = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --out, --rounds, --cold-seconds, --connections or --heap");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        Files.deleteIfExists(out);
        for (int round = 1; round <= rounds; round++) {
            for (int s = 0; s < SUBJECTS.size(); s++) {
                String subject = SUBJECTS.get((s + round - 1) % SUBJECTS.size());
                String line = probe(subject, coldSeconds, connections, heap);
                String record = "{\"round\": " + round + ", \"loadavg\": \"" + loadAverage() + "\", " + line.substring(1);
                Files.writeString(out, record + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println(record);
            }
        }
    }

    private static String probe(String subject, int coldSeconds, int connections, String heap) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(),
                subject, Integer.toString(coldSeconds), Integer.toString(connections)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        String result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                } else {
                    output.add(line);
                }
            }
        }
        if (!process.waitFor(coldSeconds + 120L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(subject + ": the probe JVM did not finish in time");
        }
        if (process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(subject + ": the probe JVM exited " + process.exitValue()
                    + " without a result; its output:\n" + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
        }
        return result;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package dev.doctranslation.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone mock as a real process: started with a command line, read until it says it is
 * ready, stopped with SIGINT as Ctrl-C would. Its output (stdout and stderr together) is kept.
 */
final class StandaloneProcess implements AutoCloseable {

    private static final Pattern BASE_URL = Pattern.compile("Base URL:\\s+(\\S+)");
    private static final Pattern GENERATED_KEY = Pattern.compile("shown once.*: ([0-9a-f]{32})$");
    private static final Pattern LIVE = Pattern.compile("Live operation:\\s+(\\S+)");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private StandaloneProcess(Process process) {
        this.process = process;
        this.reader =
                new Thread(
                        () -> {
                            try (BufferedReader in =
                                    new BufferedReader(
                                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                                for (String line = in.readLine(); line != null; line = in.readLine()) {
                                    lines.add(line);
                                }
                            } catch (IOException e) {
                                lines.add("(output closed: " + e.getMessage() + ")");
                            }
                        },
                        "standalone-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java <javaArgs> --port 0 <args>} and waits until it is ready. */
    static StandaloneProcess start(List<String> javaArgs, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        command.add("--port");
        command.add("0");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(MockCommand.DEFAULT_KEY_ENV);
        builder.environment().remove(MockCommand.DEFAULT_ADMIN_TOKEN_ENV);
        builder.environment().remove(MockCommand.DEFAULT_BEARER_TOKEN_ENV);
        builder.environment().putAll(env);
        StandaloneProcess standalone = new StandaloneProcess(builder.start());
        // Generous: a start with --tls also loads Bouncy Castle and makes a key, and on a machine
        // busy with other builds a JVM's start alone has taken 15 s.
        standalone.awaitLine("Ctrl-C stops it.", Duration.ofSeconds(60));
        return standalone;
    }

    String baseUrl() {
        return find(BASE_URL);
    }

    String generatedKey() {
        return find(GENERATED_KEY);
    }

    String liveOperation() {
        return find(LIVE);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String output() {
        return String.join("\n", lines);
    }

    /** Sends SIGINT, as Ctrl-C does, and waits for the process to end; answers its exit code. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            throw new AssertionError("did not stop on SIGINT; output:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines.stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline || (!process.isAlive() && !reader.isAlive())) {
                throw new AssertionError("no line with '" + text + "'; output:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    private String find(Pattern pattern) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no line matches " + pattern + "; output:\n" + output());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

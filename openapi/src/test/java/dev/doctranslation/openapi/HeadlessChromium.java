package dev.doctranslation.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the machine's Chromium headless, the way a reader's browser opens the reference: with a fresh
 * profile, no network (every host name fails to resolve, so nothing leaves the machine even if the
 * page asked), a net log of every request the page makes, and the page's console on stderr.
 */
final class HeadlessChromium {

    /** Debian's package installs /usr/bin/chromium; other systems put chromium on the PATH. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "chromium", "chromium-browser");
    private static final long TIMEOUT_SECONDS = 180;

    /** What one run left behind: its stdout (the DOM for --dump-dom), stderr (console) and net log. */
    record Run(String stdout, String stderr, Path netLog) {}

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    static Optional<HeadlessChromium> find() {
        for (String candidate : CANDIDATES) {
            Optional<Path> found = candidate.contains("/") ? Optional.of(Path.of(candidate)).filter(Files::isExecutable)
                    : onPath(candidate);
            if (found.isPresent()) {
                return found.map(HeadlessChromium::new);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)).filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Opens {@code url} in a new profile under {@code workDir} with the given extra arguments
     * (--screenshot=..., --dump-dom, --window-size=...) and waits for Chromium to end.
     */
    Run open(String url, Path workDir, String... extraArgs) {
        try {
            Path profile = Files.createTempDirectory(workDir, "profile");
            Path netLog = workDir.resolve("netlog-" + profile.getFileName() + ".json");
            Path stdout = workDir.resolve("stdout-" + profile.getFileName() + ".txt");
            Path stderr = workDir.resolve("stderr-" + profile.getFileName() + ".txt");
            List<String> command = new ArrayList<>(List.of(executable.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile,
                    // Nothing resolves, so the test never reaches the network; the net log still shows
                    // every request the page starts.
                    "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--log-net-log=" + netLog,
                    // The page's console (script errors) goes to stderr.
                    "--enable-logging=stderr", "--v=0",
                    // Scripts that render the schema views finish before the page is captured.
                    "--virtual-time-budget=15000"));
            command.addAll(List.of(extraArgs));
            command.add(url);
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command
                        + "\n" + tail(Files.readString(stderr)));
            }
            return new Run(Files.readString(stdout), Files.readString(stderr), netLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Chromium ran", e);
        }
    }

    /**
     * URLs the page itself asked for, from the net log. Chromium's own background requests carry the
     * initiator "not an origin"; a page opened from a file carries the file origin ("null" or
     * file://), which is what this keeps.
     */
    static List<String> pageRequests(Path netLog) {
        try {
            JsonNode log = new ObjectMapper().readTree(netLog.toFile());
            int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
            if (startJob < 0 || !log.path("events").isArray()) {
                throw new AssertionError("cannot read Chromium's net log " + netLog + " (format changed?)");
            }
            List<String> urls = new ArrayList<>();
            for (JsonNode event : log.path("events")) {
                JsonNode params = event.path("params");
                if (event.path("type").asInt() != startJob || !params.has("url")) {
                    continue;
                }
                String initiator = params.path("initiator").asText("");
                boolean fromTheFile = initiator.equals("null") || initiator.startsWith("file:")
                        || params.path("network_isolation_key").asText("").contains("file://")
                        || params.path("site_for_cookies").asText("").contains("file://");
                String url = params.path("url").asText();
                if (fromTheFile && !url.matches("(?i)(file|data|blob|about|chrome[\\w-]*):.*")) {
                    urls.add(url);
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Chromium's net log " + netLog, e);
        }
    }

    /** Console lines that report a script error (an uncaught exception or a failed jQuery callback). */
    static List<String> scriptErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE"))
                .filter(l -> l.contains("Uncaught") || l.contains("exception")).toList();
    }

    static String tail(String text) {
        return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
    }

    @Override
    public String toString() {
        return executable.toString();
    }
}

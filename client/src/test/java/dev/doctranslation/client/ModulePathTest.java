package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK as a named module, as a user on the module path meets it: the descriptor exports the API
 * only (the generated Feign interface to Feign alone), a consumer module that imports the
 * generated interface does not compile, and one that uses the API compiles and really calls a
 * server, Feign's proxy and Jackson's binding included. The other tests run on the class path.
 */
class ModulePathTest {
    /** The client's runtime dependencies, written by the build (dependency:build-classpath). */
    private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");
    private static final Path CLASSES = Path.of("target/classes");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path work;

    @Test
    void theDescriptorExportsTheApiAndShowsTheGeneratedInterfaceToFeignOnly() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("dev.doctranslation.client");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.doctranslation.client", "dev.doctranslation.client.implementation");
        assertThat(descriptor.exports()).filteredOn(e -> e.source().endsWith(".implementation"))
                .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("feign.core"));
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("dev.doctranslation.contract"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void aConsumerModuleCannotImportTheGeneratedInterface() throws Exception {
        Path src = consumer("""
                package consumer;
                import dev.doctranslation.client.implementation.TranslationOperationsApi;
                public class Main { TranslationOperationsApi api; }
                """);

        String errors = compile(src);

        assertThat(errors).contains("dev.doctranslation.client.implementation").contains("not visible");
    }

    @Test
    void aConsumerModuleCallsAServerThroughTheSdk() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Bodies.PAGE_200).build());
        Path src = consumer("""
                package consumer;
                import dev.doctranslation.client.DocumentTranslationClient;
                import dev.doctranslation.contract.models.TranslationStatus;
                import java.util.UUID;
                public class Main {
                    public static void main(String[] args) {
                        DocumentTranslationClient client = DocumentTranslationClient.builder()
                                .endpoint(args[0]).subscriptionKey("module-path-key").build();
                        TranslationStatus status = client.cancelTranslation(
                                UUID.fromString("727bf148-f327-47a0-9481-abae6362f11e"));
                        System.out.println("status=" + status.getStatus() + " total=" + status.getSummary().getTotal());
                    }
                }
                """);
        assertThat(compile(src)).isEmpty();

        List<String> command = List.of(jdkTool("java"),
                "--module-path", work.resolve("out") + java.io.File.pathSeparator + modulePath(),
                "--module", "consumer/consumer.Main", server.url("/").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = read(process);
        assertThat(output).contains("status=Succeeded total=10");
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    }

    private Path consumer(String main) throws IOException {
        Path src = work.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), "module consumer { requires dev.doctranslation.client; }\n");
        Files.writeString(src.resolve("consumer/Main.java"), main);
        return src;
    }

    /**
     * Compiles the consumer module with the JDK's javac (a process: the test classes themselves run
     * patched into the client's module, which does not read java.compiler); returns javac's
     * diagnostics, empty when it compiled.
     */
    private String compile(Path src) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdkTool("javac"), "-d", work.resolve("out").toString(),
                "--module-path", modulePath(), "-proc:none"));
        try (var files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(command::add);
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = read(javac);
        return javac.exitValue() == 0 ? "" : output;
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** All the process printed, once it ended (bounded: a hung tool fails the test, never the build). */
    private static String read(Process process) throws Exception {
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
        return output;
    }

    private static String modulePath() throws IOException {
        String runtime = Files.readString(RUNTIME_CLASSPATH).strip();
        return CLASSES.toAbsolutePath() + java.io.File.pathSeparator + runtime;
    }
}

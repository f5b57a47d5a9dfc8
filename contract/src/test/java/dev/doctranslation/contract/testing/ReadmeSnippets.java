package dev.doctranslation.contract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a README's Java example identical to the code a test compiles and runs, so an example
 * cannot rot. The README marks it {@code <!-- snippet: NAME (...) -->} before a ```java block; the
 * test marks the same code between {@code // snippet:NAME:begin} and {@code // snippet:NAME:end}.
 * Shared by the modules' tests through this module's test jar.
 */
public final class ReadmeSnippets {
    private ReadmeSnippets() {}

    /** Fails unless snippet {@code name} reads the same in {@code readme} and in {@code testSource}. */
    public static void assertSame(String name, Path readme, Path testSource) {
        String quoted = Pattern.quote(name);
        Matcher inReadme = Pattern.compile("<!-- snippet: " + quoted + "[ (][^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(read(readme));
        Matcher inTest = Pattern.compile("// snippet:" + quoted + ":begin\\n(.*?)\\s*// snippet:" + quoted + ":end",
                Pattern.DOTALL).matcher(read(testSource));
        assertThat(inReadme.find()).as("%s has the %s snippet", readme, name).isTrue();
        assertThat(inTest.find()).as("%s has the %s region", testSource, name).isTrue();
        assertThat(normalize(inReadme.group(1))).as("snippet %s in %s", name, readme).isEqualTo(normalize(inTest.group(1)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Indentation and blank lines may differ (READMEs indent less); everything else may not. */
    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}

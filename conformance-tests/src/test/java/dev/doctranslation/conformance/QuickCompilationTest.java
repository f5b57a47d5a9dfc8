package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar's request to keep its JVM out of the optimising compiler, checked against this JVM's own directives. */
class QuickCompilationTest {

    @Test
    void excludesTheOptimisingCompilerForEveryMethodAndLeavesTheQuickOneAsItWas() throws Exception {
        String before = QuickCompilation.diagnosticCommand("compilerDirectivesPrint");
        assertThat(before).doesNotContain("Exclude:true");

        assertThat(QuickCompilation.apply()).isTrue();
        try {
            String after = QuickCompilation.diagnosticCommand("compilerDirectivesPrint");
            // The added directive comes first: C2 excluded; its C1 part is disabled, so C1 keeps the default.
            String added = after.substring(0, after.indexOf("Directive: (default)"));
            assertThat(added).contains("matching: *.*");
            assertThat(added.substring(added.indexOf("c2 directives:"))).contains("Exclude:true");
            assertThat(added.substring(added.indexOf("c1 directives:"), added.indexOf("c2 directives:")))
                    .contains("Enable:false").doesNotContain("Exclude:true");
        } finally {
            // The test JVM goes on as it was.
            QuickCompilation.diagnosticCommand("compilerDirectivesRemove");
        }
        assertThat(QuickCompilation.diagnosticCommand("compilerDirectivesPrint")).isEqualTo(before);
    }
}

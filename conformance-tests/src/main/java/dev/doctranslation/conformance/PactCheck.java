package dev.doctranslation.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The {@code pact.verification} check: the client's consumer pact, bundled in this jar, verified
 * against the target with pact-jvm, one finding per interaction that fails.
 */
final class PactCheck {
    static final String PACT_RESOURCE = "/pacts/doctranslation-client-doctranslation-service.json";

    private PactCheck() {}

    static void verify(CheckContext ctx) throws IOException {
        if (!ctx.hasStates()) {
            throw new StateUnavailableException("the pact's interactions need provider states, and the target has no"
                    + " state-change URL (--state-change-url)");
        }
        Path folder = Files.createTempDirectory("doctranslation-pact");
        try (InputStream pact = PactCheck.class.getResourceAsStream(PACT_RESOURCE)) {
            if (pact == null) {
                ctx.expect(false, "this kit holds no pact at " + PACT_RESOURCE + " (it was built without the client's"
                        + " consumer tests)", null, "");
                return;
            }
            Files.copy(pact, folder.resolve("pact.json"), StandardCopyOption.REPLACE_EXISTING);
            List<String> failed = run(ctx.target(), folder);
            failed.forEach(f -> ctx.expect(false, f, null, ""));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Runs the verification; returns one line per failed interaction. pact-jvm's console report
     * would interleave with the kit's own lines, so its JSON report goes to the throw-away folder,
     * and the failures come back through the JUnit Platform.
     */
    private static List<String> run(Target target, Path folder) {
        List<String> failed = new ArrayList<>();
        int[] passed = {0};
        Map<String, String> previous = setProperties(Map.of("doctranslation.pact.folder", folder.toString(),
                "pact.verification.reports", "json", "pact.verification.reportDir", folder.toString()));
        KitPactVerification.target = target;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(KitPactVerification.class))
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            if (!test.isTest()) {
                                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                    failed.add("the pact verification could not run: " + reason(result));
                                }
                                return;
                            }
                            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                                passed[0]++;
                            } else {
                                failed.add("pact interaction '" + test.getDisplayName() + "' failed: " + reason(result));
                            }
                        }
                    });
        } finally {
            KitPactVerification.target = null;
            setProperties(previous);
        }
        if (passed[0] == 0 && failed.isEmpty()) {
            failed.add("the pact verification ran no interaction");
        }
        return failed;
    }

    /** Sets system properties (a null value clears one) and returns what they were. */
    private static Map<String, String> setProperties(Map<String, String> values) {
        Map<String, String> before = new HashMap<>();
        values.forEach((name, value) -> {
            before.put(name, System.getProperty(name));
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        return before;
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(t -> {
            String message = String.valueOf(t.getMessage()).strip();
            return message.length() > 600 ? message.substring(0, 600) + " ..." : message;
        }).orElse(result.getStatus().name());
    }
}

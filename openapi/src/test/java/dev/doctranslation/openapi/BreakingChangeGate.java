package dev.doctranslation.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The breaking-change gate: each published version's spec, compared with its committed baseline
 * ({@code baselines/<spec file>}, the document as that version was published), must not change in
 * a way openapi-diff calls incompatible. A client written against a published version has to keep
 * working; a change that would break it belongs in a new version (a new spec file), not in an
 * edit. Compatible changes (a new optional response property, a new optional header, clearer
 * text) pass; when one is published, copy the spec over its baseline.
 */
final class BreakingChangeGate {

    private BreakingChangeGate() {}

    /**
     * One message per version that breaks its baseline or has none, each naming the version, the
     * two files and every incompatible change; empty when all are compatible.
     */
    static List<String> check(Path specDir, Path baselineDir) {
        List<String> failures = new ArrayList<>();
        for (PublishedSpec spec : PublishedSpec.all()) {
            Path current = specDir.resolve(spec.file());
            Path baseline = baselineDir.resolve(spec.file());
            if (!Files.isRegularFile(baseline)) {
                failures.add("version " + spec.id() + ": no baseline " + baseline + " to compare " + current
                        + " with; copy the spec there when the version is published");
                continue;
            }
            SpecDiff diff = SpecDiff.between(read(baseline), read(current));
            if (diff.isIncompatible()) {
                List<String> breaking = diff.breakingChanges();
                failures.add("version " + spec.id() + ": " + current + " breaks clients of the published "
                        + baseline + "; openapi-diff reports " + (breaking.isEmpty()
                                ? "an incompatible change it does not itemise"
                                : breaking.size() + " incompatible change(s):\n  - " + String.join("\n  - ", breaking))
                        + "\n  Undo the change, or publish it as a new version (a new spec file).");
            }
        }
        return failures;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}

package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.util.Collection;

/**
 * How reports name a check's version. A run of {@code v1.0-preview.1} alone, the one version the
 * kit spoke before it spoke several, reads as it always did: check ids without a version. Any
 * other run puts the version before each id, {@code [2024-05-01] cancel.running}, so two versions'
 * results of one check can be told apart everywhere, a JUnit test name included.
 */
final class VersionLabels {
    private VersionLabels() {}

    /** Whether a run of {@code versions} labels its checks with their version. */
    static boolean labelled(Collection<ServiceVersion> versions) {
        return !versions.stream().allMatch(v -> v == ServiceVersion.V1_0_PREVIEW_1);
    }

    static String name(ServiceVersion version, String checkId, boolean labelled) {
        return labelled ? "[" + version.id() + "] " + checkId : checkId;
    }
}

package dev.doctranslation.conformance;

import java.io.PrintWriter;

/** What a person watching the run sees: a line per check as it ends, then a table and the totals. */
final class ConsoleReport {
    private final PrintWriter out;
    private final Redactor redactor;
    private final boolean labelled;
    /** The width of the check column: an id, or a version and an id. */
    private final int width;

    ConsoleReport(PrintWriter out, Redactor redactor) {
        this(out, redactor, false);
    }

    /** With {@code labelled}, each check is named with its version: {@code [2024-05-01] cancel.running}. */
    ConsoleReport(PrintWriter out, Redactor redactor, boolean labelled) {
        this.out = out;
        this.redactor = redactor;
        this.labelled = labelled;
        this.width = labelled ? 50 : 34;
    }

    void progress(CheckResult r, int index, int total) {
        // As wide as the total, so the lines stay aligned past 99 (at least two, as always).
        int digits = Math.max(2, String.valueOf(total).length());
        StringBuilder line = new StringBuilder(String.format("[%" + digits + "d/%d] %-4s %-" + width + "s %5d ms", index, total,
                label(r), r.name(labelled), r.millis()));
        if (r.verdict() == Verdict.FAILED) {
            line.append("  ").append(r.failures().get(0));
        } else if (r.verdict() == Verdict.SKIPPED) {
            line.append("  ").append(r.skipReason());
        } else if (!r.warnings().isEmpty()) {
            line.append("  ").append(r.warnings().size()).append(" warning(s): ").append(r.warnings().get(0));
        }
        out.println(redactor.redact(line.toString()));
        out.flush();
    }

    void summary(RunReport report, String reportsWhere) {
        out.println();
        String row = "%-" + width + "s %-6s %-7s %8s %8s";
        out.println(String.format(row, "check", "rule", "verdict", "failures", "warnings"));
        out.println("-".repeat(width + 33));
        for (CheckResult r : report.results()) {
            out.println(String.format(row, r.name(labelled), r.check().severity(), r.verdict(),
                    r.failures().size(), r.warnings().size()));
        }
        out.println("-".repeat(width + 33));
        out.println("Target: " + redactor.redact(report.target()));
        if (labelled) {
            out.println("Service versions: " + report.versions().stream().map(v -> v.id())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        out.println("Warnings: " + report.warnings() + " (SHOULD deviations; they do not fail the run)");
        out.println("Reports: " + reportsWhere);
        out.println(report.closingLine());
        out.flush();
    }

    private static String label(CheckResult r) {
        return switch (r.verdict()) {
            case PASSED -> r.warnings().isEmpty() ? "PASS" : "WARN";
            case FAILED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
    }
}

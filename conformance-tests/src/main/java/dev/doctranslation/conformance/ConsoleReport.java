package dev.doctranslation.conformance;

import java.io.PrintWriter;

/** What a person watching the run sees: a line per check as it ends, then a table and the totals. */
final class ConsoleReport {
    private final PrintWriter out;
    private final Redactor redactor;

    ConsoleReport(PrintWriter out, Redactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    void progress(CheckResult r, int index, int total) {
        StringBuilder line = new StringBuilder(String.format("[%2d/%d] %-4s %-34s %5d ms", index, total, label(r),
                r.check().id(), r.millis()));
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
        out.println(String.format("%-34s %-6s %-7s %8s %8s", "check", "rule", "verdict", "failures", "warnings"));
        out.println("-".repeat(67));
        for (CheckResult r : report.results()) {
            out.println(String.format("%-34s %-6s %-7s %8d %8d", r.check().id(), r.check().severity(), r.verdict(),
                    r.failures().size(), r.warnings().size()));
        }
        out.println("-".repeat(67));
        out.println("Target: " + redactor.redact(report.target()));
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

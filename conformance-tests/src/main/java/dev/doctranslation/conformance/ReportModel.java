package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run as plain maps and lists: what the JSON report serializes and the HTML template reads. */
final class ReportModel {
    private ReportModel() {}

    static Map<String, Object> of(RunReport report) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", "doctranslation-conformance");
        run.put("target", report.target());
        run.put("serviceVersions", report.versions().stream().map(v -> v.id()).toList());
        run.put("started", report.started().toString());
        run.put("finished", report.finished().toString());
        run.put("passed", report.passed());
        run.put("failed", report.failed());
        run.put("skipped", report.skipped());
        run.put("warnings", report.warnings());
        run.put("closingLine", report.closingLine());
        boolean labelled = report.labelled();
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckResult r : report.results()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("id", r.check().id());
            check.put("serviceVersion", r.version().id());
            // How people read it: with the version in front when the run spoke more than the preview.
            check.put("name", r.name(labelled));
            check.put("anchor", labelled ? r.version().id() + "-" + r.check().id() : r.check().id());
            check.put("title", r.check().title());
            check.put("severity", r.check().severity().name());
            check.put("enforces", r.check().enforces());
            check.put("states", r.check().states());
            check.put("verdict", r.verdict().name());
            check.put("verdictClass", r.verdict().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.verdict() == Verdict.PASSED && !r.warnings().isEmpty() ? " warned" : ""));
            check.put("millis", r.millis());
            check.put("skipReason", r.skipReason());
            check.put("failures", findings(r.failures()));
            check.put("warnings", findings(r.warnings()));
            check.put("exchanges", r.exchanges().stream().map(ReportModel::exchange).toList());
            check.put("hasExchanges", !r.exchanges().isEmpty());
            check.put("exchangeCount", r.exchanges().size());
            checks.add(check);
        }
        run.put("checks", checks);
        return run;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("message", f.message());
            m.put("request", f.requestLine());
            m.put("status", f.statusCode());
            m.put("path", f.jsonPath());
            m.put("requestId", f.requestId());
            return m;
        }).toList();
    }

    private static Map<String, Object> exchange(Exchange e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", e.requestLine());
        m.put("status", e.statusCode());
        m.put("requestId", e.requestId());
        m.put("contentType", e.header("Content-Type"));
        m.put("retryAfter", e.header(ContractHeaders.RETRY_AFTER));
        m.put("body", e.bodyExcerpt());
        return m;
    }
}

package dev.doctranslation.conformance;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML CI systems read: a testsuite, a testcase per check, with the check's severity,
 * title and seed reference as testcase properties, failures with their evidence, skips with
 * their reason and warnings on system-out.
 */
final class JunitXmlReport {
    private JunitXmlReport() {}

    static String render(RunReport report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "doctranslation-conformance");
            xml.writeAttribute("tests", String.valueOf(report.results().size()));
            xml.writeAttribute("failures", String.valueOf(report.failed()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(report.skipped()));
            xml.writeAttribute("time", seconds(report.results().stream().mapToLong(CheckResult::millis).sum()));
            xml.writeAttribute("timestamp", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    report.started().atOffset(ZoneOffset.UTC).withNano(0)));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "target", report.target());
            property(xml, "serviceVersions", report.versions().stream().map(v -> v.id())
                    .collect(Collectors.joining(", ")));
            property(xml, "warnings", String.valueOf(report.warnings()));
            xml.writeEndElement();
            for (CheckResult r : report.results()) {
                testcase(xml, r, report.labelled());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        return text.toString() + "\n";
    }

    private static void testcase(XMLStreamWriter xml, CheckResult r, boolean labelled) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "doctranslation.conformance." + r.check().id().split("\\.")[0]);
        xml.writeAttribute("name", r.name(labelled));
        xml.writeAttribute("time", seconds(r.millis()));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "severity", r.check().severity().name());
        property(xml, "title", r.check().title());
        property(xml, "enforces", r.check().enforces());
        property(xml, "states", String.join(", ", r.check().states()));
        property(xml, "serviceVersion", r.version().id());
        // The provider's ids of the answers, for its team to find them in their logs.
        property(xml, "requestIds", r.exchanges().stream().map(Exchange::requestId).filter(id -> !id.isEmpty())
                .collect(Collectors.joining(", ")));
        xml.writeEndElement();
        if (r.verdict() == Verdict.FAILED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", r.failures().get(0).ruleId());
            xml.writeAttribute("message", r.failures().get(0).toString());
            xml.writeCharacters(r.failures().stream().map(Finding::toString).collect(Collectors.joining("\n")));
            xml.writeEndElement();
        } else if (r.verdict() == Verdict.SKIPPED) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", r.skipReason());
        }
        if (!r.warnings().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(r.warnings().stream().map(f -> "WARNING (SHOULD) " + f).collect(Collectors.joining("\n")));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }
}

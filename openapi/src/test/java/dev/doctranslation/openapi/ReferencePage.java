package dev.doctranslation.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rendered HTML reference as its tests read it: the usage-sample tabs of each operation, their
 * texts as a reader copies them (entities decoded), and the page's own style sheet. The markup is
 * the project's html2 override (generator-config/templates/html-reference), so plain patterns suffice.
 */
final class ReferencePage {

    /** One sample tab: the operation it belongs to, its key (curl, java, kit), its label, its pane. */
    record Tab(String operationId, String key, String label) {}

    /** One sample pane: its lead text (HTML) and the code a reader copies, entities decoded. */
    record Sample(String operationId, String key, String leadHtml, String codeLanguage, String code) {}

    private static final Pattern TAB = Pattern.compile(
            "<a href=\"#examples-[^\"]+?-(\\w+)-0-(\\w+)\">([^<]*)</a>");
    private static final Pattern PANE = Pattern.compile(
            "<div class=\"tab-pane[^\"]*\" id=\"examples-[^\"]+?-(\\w+)-0-(\\w+)\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<pre[^>]*><code class=\"language-(\\w+)\">(.*?)</code></pre>",
            Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

    private final String html;

    ReferencePage(String html) {
        this.html = html;
    }

    static ReferencePage read() {
        return new ReferencePage(SpecFiles.read(SpecFiles.HTML));
    }

    String html() {
        return html;
    }

    List<Tab> sampleTabs() {
        List<Tab> tabs = new ArrayList<>();
        Matcher m = TAB.matcher(html);
        while (m.find()) {
            tabs.add(new Tab(m.group(1), m.group(2), m.group(3).strip()));
        }
        return tabs;
    }

    /** Every sample pane, keyed "operationId/key". */
    Map<String, Sample> samples() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        Matcher pane = PANE.matcher(html);
        while (pane.find()) {
            String body = pane.group(3);
            Matcher code = CODE.matcher(body);
            if (!code.find()) {
                throw new AssertionError("sample pane " + pane.group(1) + "/" + pane.group(2) + " holds no code block");
            }
            Sample sample = new Sample(pane.group(1), pane.group(2), body.substring(0, code.start()).strip(),
                    code.group(1), decode(code.group(2)));
            samples.put(sample.operationId() + "/" + sample.key(), sample);
        }
        return samples;
    }

    Sample sample(String operationId, String key) {
        Sample sample = samples().get(operationId + "/" + key);
        if (sample == null) {
            throw new AssertionError("no " + key + " sample for " + operationId + " on the page");
        }
        return sample;
    }

    /** The CSS of every inline style element, in page order. */
    String styles() {
        StringBuilder css = new StringBuilder();
        Matcher m = STYLE.matcher(html);
        while (m.find()) {
            css.append(m.group(1)).append('\n');
        }
        return css.toString();
    }

    /** The text a browser shows for HTML-escaped text: what a reader copies from a code block. */
    static String decode(String escaped) {
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x60;", "`").replace("&#x3D;", "=")
                .replace("&amp;", "&");
    }
}

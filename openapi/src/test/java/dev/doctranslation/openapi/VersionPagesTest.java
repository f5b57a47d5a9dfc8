package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML reference as a portal of versions: a page per version (the preview's where it has always
 * been, site/index.html), each showing its own request in the curl sample and linking to the list of
 * versions and the compatibility report; the list links every page and spec; the report covers
 * every ordered pair of versions. Everything opens offline. HtmlReferenceTest keeps checking the
 * preview's page in depth (samples against the READMEs, layout); the same templates render the others.
 */
class VersionPagesTest {

    private static final Pattern REMOTE_RESOURCE = Pattern.compile(
            "<(script|link|img|iframe)[^>]+(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_CSS = Pattern.compile(
            "(@import\\s+(url\\(\\s*)?|url\\(\\s*)['\"]?(https?:)?//", Pattern.CASE_INSENSITIVE);
    /** Links of the markup to files of the site (not the scripts' string templates, not anchors). */
    private static final Pattern HREF = Pattern.compile("<a href=\"([\\w./-]+\\.(?:html|md|yaml))(#[^\"]*)?\"");

    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void eachVersionHasItsOwnOfflinePageWithBothOperations(PublishedSpec spec) {
        String html = page(spec);

        assertNothingRemote(spec.page(), html);
        assertThat(html).contains("cancelTranslation", "getTranslationStatus", "Version " + spec.id() + ".");
    }

    /** The page's links to the version list and the report lead to files that exist. */
    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void eachPageLinksToTheVersionListAndTheReport(PublishedSpec spec) {
        Path page = PublishedSpec.SITE.resolve(spec.page());
        List<String> links = localLinks(page(spec));

        assertThat(links).as("links on %s", spec.page()).anyMatch(l -> l.endsWith("versions.html"))
                .anyMatch(l -> l.endsWith("compatibility.html"));
        links.forEach(link -> assertThat(page.getParent().resolve(link).normalize()).as("link %s on %s", link, spec.page())
                .isRegularFile());
    }

    /** The curl sample of each operation is that version's request: its server path, its api-version, its key header. */
    @ParameterizedTest
    @EnumSource(PublishedSpec.class)
    void curlSamplesSendEachVersionsRequest(PublishedSpec spec) {
        OpenAPI api = ReferenceSite.parse(spec);
        String server = api.getServers().get(0).getUrl();
        String domainDefault = api.getServers().get(0).getVariables().get("customDomain").getDefault();
        String url = server.replace("{customDomain}", "<your-resource>" + domainDefault.substring(domainDefault.indexOf('.')))
                + "/batches/$ID" + requiredQuery(api);
        SecurityScheme key = api.getComponents().getSecuritySchemes().values().stream()
                .filter(s -> s.getType() == SecurityScheme.Type.APIKEY).findFirst().orElseThrow();
        ReferencePage page = new ReferencePage(page(spec));

        for (PathItem item : api.getPaths().values()) {
            item.readOperationsMap().forEach((method, operation) -> {
                String command = page.sample(operation.getOperationId(), "curl").code().replace("\\\n", " ");
                String as = spec.id() + " curl sample of " + operation.getOperationId();
                assertThat(command).as(as).containsPattern("-X " + method.name() + " ")
                        .contains("-H \"" + key.getName() + ": $DOCUMENT_TRANSLATION_KEY\"")
                        .containsPattern("\"" + Pattern.quote(url) + "\"\\s*$");
                Set<String> tabs = new HashSet<>();
                page.sampleTabs().stream().filter(t -> t.operationId().equals(operation.getOperationId()))
                        .forEach(t -> tabs.add(t.key()));
                assertThat(tabs).as("%s sample tabs", as).containsExactlyInAnyOrder("curl", "java", "kit");
            });
        }
    }

    @Test
    void versionListLinksEveryVersionsPageAndSpec() {
        String html = SpecFiles.read(PublishedSpec.SITE.resolve("versions.html"));

        assertNothingRemote("versions.html", html);
        for (PublishedSpec spec : PublishedSpec.all()) {
            assertThat(html).as("versions.html").contains("<a href=\"" + spec.page() + "\">" + spec.id() + "</a>")
                    .contains("href=\"openapi/" + spec.file() + "\"");
        }
        localLinks(html).forEach(link -> assertThat(PublishedSpec.SITE.resolve(link)).as("link %s", link).isRegularFile());
        assertThat(html).as("the version not implemented, and why").contains("2026-03-01");
        for (PublishedSpec spec : PublishedSpec.all()) {
            assertThat(PublishedSpec.SITE.resolve("openapi").resolve(spec.file())).hasSameTextualContentAs(spec.yaml());
        }
    }

    @Test
    void compatibilityReportCoversEveryOrderedPairInHtmlAndMarkdown() {
        String html = SpecFiles.read(PublishedSpec.SITE.resolve("compatibility.html"));
        String markdown = SpecFiles.read(PublishedSpec.SITE.resolve("compatibility.md"));

        assertNothingRemote("compatibility.html", html);
        for (PublishedSpec from : PublishedSpec.all()) {
            for (PublishedSpec to : PublishedSpec.all()) {
                if (from != to) {
                    String anchor = "from-" + from.id() + "-to-" + to.id();
                    assertThat(html).contains("href=\"#" + anchor + "\"", "id=\"" + anchor + "\"");
                    assertThat(markdown).contains("## From " + from.id() + " to " + to.id() + ": ");
                }
            }
        }
    }

    /** The report says what openapi-diff finds in these specs, not a canned text. */
    @Test
    void compatibilityReportStatesTheRealDifferences() {
        String markdown = SpecFiles.read(PublishedSpec.SITE.resolve("compatibility.md"));

        assertThat(section(markdown, "v1.0-preview.1", "v1.1")).startsWith("compatible")
                .contains("request URL changes from https://{customDomain}/translator/text/batch/v1.0-preview.1/batches/{id}"
                        + " to https://{customDomain}/translator/text/batch/v1.1/batches/{id}");
        assertThat(section(markdown, "v1.1", "2024-05-01")).containsPattern("^\\d+ breaking")
                .contains("DELETE /batches/{id}, parameters: new required parameters: query 'api-version'")
                .contains("error body changes from TranslationErrorResponse to AzureCoreErrorResponse");
        assertThat(section(markdown, "v1.1", "v1.0")).startsWith("compatible");
        assertThat(section(markdown, "2024-05-01", "v1.0")).containsPattern("^\\d+ breaking")
                .contains("parameters removed: query 'api-version'");
    }

    /** In Chromium: the list, the report and every version's page start no request and run without a script error. */
    @Test
    void portalPagesOpenOfflineInABrowser(@TempDir Path work) {
        var chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium.isPresent(), "no Chromium found (/usr/bin/chromium, or chromium on the PATH):"
                + " the browser checks are skipped; install it with: apt-get install -y chromium");
        List<String> pages = new ArrayList<>(List.of("versions.html", "compatibility.html"));
        PublishedSpec.all().forEach(spec -> pages.add(spec.page()));

        for (String page : pages) {
            String url = PublishedSpec.SITE.resolve(page).toAbsolutePath().normalize().toUri().toString();
            HeadlessChromium.Run run = chromium.get().open(url, work, "--dump-dom", "--window-size=1280,800");

            assertThat(run.stdout()).as("%s rendered", page).contains("</html>");
            assertThat(HeadlessChromium.pageRequests(run.netLog())).as("requests %s started", page).isEmpty();
            assertThat(HeadlessChromium.scriptErrors(run.stderr())).as("script errors on %s", page).isEmpty();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String page(PublishedSpec spec) {
        return SpecFiles.read(PublishedSpec.SITE.resolve(spec.page()));
    }

    private static void assertNothingRemote(String name, String html) {
        assertThat(REMOTE_RESOURCE.matcher(html).find()).as("%s loads a remote script, style, image or frame", name).isFalse();
        assertThat(REMOTE_CSS.matcher(new ReferencePage(html).styles()).find()).as("%s's styles import a remote URL", name)
                .isFalse();
    }

    /** The targets of the page's links to files beside it (not to anchors or other sites). */
    private static List<String> localLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String target = m.group(1);
            if (!target.contains("//") && !target.startsWith("mailto:") && !target.startsWith("data:")) {
                links.add(target);
            }
        }
        return links;
    }

    private static String requiredQuery(OpenAPI api) {
        StringBuilder query = new StringBuilder();
        PathItem item = api.getPaths().get("/batches/{id}");
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (item.getDelete().getParameters() != null) {
            parameters.addAll(item.getDelete().getParameters());
        }
        for (Parameter p : parameters) {
            if (p.get$ref() != null) {
                p = api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
            }
            if (Boolean.TRUE.equals(p.getRequired()) && p.getName().equals("api-version")) {
                query.append("?api-version=").append(p.getSchema().getEnum().get(0));
            }
        }
        return query.toString();
    }

    /** The verdict and the lines of one pair's section of the Markdown report. */
    private static String section(String markdown, String from, String to) {
        String heading = "## From " + from + " to " + to + ": ";
        int start = markdown.indexOf(heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start + heading.length(), end < 0 ? markdown.length() : end);
    }
}

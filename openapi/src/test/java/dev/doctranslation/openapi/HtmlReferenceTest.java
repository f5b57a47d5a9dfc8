package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rendered reference opens offline, shows both operations, and offers only samples a reader can
 * run: curl as the spec describes the request, this project's SDK exactly as its compiled quickstart,
 * and the conformance kit as its README documents it. In headless Chromium (skipped where none is
 * installed) it loads nothing remote, runs without script errors and keeps its layout at desktop and
 * phone widths.
 */
class HtmlReferenceTest {

    /** The other modules' documents the samples must agree with (the openapi module depends on none). */
    private static final Path CLIENT_README = Path.of("../client/README.md");
    private static final Path QUICKSTART_TEST = Path.of("../client/src/test/java/dev/doctranslation/client/QuickstartTest.java");
    private static final Path CLIENT_SOURCE = Path.of("../client/src/main/java/dev/doctranslation/client/DocumentTranslationClient.java");
    private static final Path KIT_README = Path.of("../conformance-tests/README.md");
    /** Where the browser checks leave their screenshots, for a person to look at. */
    private static final Path SCREENSHOTS = Path.of("target/site-screenshots");

    private static final Set<String> SAMPLE_KEYS = Set.of("curl", "java", "kit");

    // ---------------------------------------------------------------- the page as a file

    @Test
    void pageLoadsNothingFromTheNetwork() {
        String html = SpecFiles.read(SpecFiles.HTML);

        Pattern remoteResource = Pattern.compile(
                "<(script|link|img|iframe)[^>]+(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);
        assertThat(remoteResource.matcher(html).find()).as("a <script>, <link>, <img> or <iframe> loads a remote URL")
                .isFalse();
        // Any spelling of a CSS import or url() of a remote address (the stock page had
        // @import url('https://fonts.googleapis.com/...')).
        Pattern remoteCss = Pattern.compile("(@import\\s+(url\\(\\s*)?|url\\(\\s*)['\"]?(https?:)?//", Pattern.CASE_INSENSITIVE);
        assertThat(remoteCss.matcher(new ReferencePage(html).styles()).find()).as("the styles import a remote URL").isFalse();
    }

    /** The page's Markdown renderer knows no tables: a table in a description shows as pipes. */
    @Test
    void descriptionsUseNoMarkdownTables() {
        assertThat(SpecFiles.read(SpecFiles.YAML)).doesNotContainPattern("(?m)^\\s*\\|\\s*-{3,}");
    }

    @Test
    void pageShowsBothOperations() {
        String html = SpecFiles.read(SpecFiles.HTML);

        assertThat(html).contains("cancelTranslation", "getTranslationStatus", "Ocp-Apim-Subscription-Key");
    }

    // ---------------------------------------------------------------- only samples that run

    @Test
    void everyOperationOffersCurlTheSdkAndTheKitAndNothingElse() {
        ReferencePage page = ReferencePage.read();

        Map<String, Set<String>> tabsByOperation = new LinkedHashMap<>();
        page.sampleTabs().forEach(t -> tabsByOperation.computeIfAbsent(t.operationId(), k -> new HashSet<>()).add(t.key()));
        Map<String, Set<String>> samplesByOperation = new LinkedHashMap<>();
        page.samples().values().forEach(s -> samplesByOperation.computeIfAbsent(s.operationId(), k -> new HashSet<>()).add(s.key()));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        operationIds().forEach(id -> expected.put(id, SAMPLE_KEYS));

        assertThat(tabsByOperation).as("sample tabs per operation").isEqualTo(expected);
        assertThat(samplesByOperation).as("sample panes per operation").isEqualTo(expected);
        assertThat(page.sampleTabs()).extracting(ReferencePage.Tab::label).containsOnly("curl", "Java SDK", "Conformance kit");
        page.samples().values().forEach(s -> assertThat(s.codeLanguage()).as("code language of %s/%s", s.operationId(), s.key())
                .isEqualTo(s.key().equals("java") ? "java" : "bsh"));
        // Nothing of the stock samples for generated clients survives anywhere on the page.
        assertThat(page.html()).doesNotContain("org.openapitools.client", "[[apiKey]]", "apiInstance", "Usage and SDK Samples");
        assertThat(Pattern.compile("<code class=\"language-(\\w+)\"").matcher(page.html()).results().map(r -> r.group(1)))
                .containsOnly("bsh", "java");
    }

    /**
     * The page's Java sample is the client README's quickstart. The client's QuickstartTest compiles
     * and runs that very code against a local server and fails when the README's copy differs from
     * it, so a page sample equal to the README's snippet is code that compiles and works. Compiling
     * it here instead would need the client on this module's class path, and the client depends on
     * this module.
     */
    @Test
    void javaSampleIsTheQuickstartTheClientTestsCompileAndRun() throws IOException {
        ReferencePage page = ReferencePage.read();
        Matcher snippet = Pattern.compile("<!-- snippet: quickstart[ (][^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(CLIENT_README));
        assertThat(snippet.find()).as("%s has the quickstart snippet", CLIENT_README).isTrue();
        assertThat(Files.readString(QUICKSTART_TEST)).as("QuickstartTest still checks the README against the code it runs")
                .contains("ReadmeSnippets.assertSame(\"quickstart\"", "snippet:quickstart:begin");

        for (String operationId : operationIds()) {
            assertThat(normalize(page.sample(operationId, "java").code()))
                    .as("Java sample of %s against the quickstart in %s", operationId, CLIENT_README)
                    .isEqualTo(normalize(snippet.group(1)));
        }
    }

    /**
     * What the page says around the Java sample: the Maven coordinates (those of the client README),
     * the SDK method of the operation (it exists, as written) and the types to import (those the
     * compiled quickstart imports).
     */
    @Test
    void javaSampleNamesTheArtifactTheMethodAndTheImportsTheQuickstartUses() throws IOException {
        ReferencePage page = ReferencePage.read();
        // The README shows the client's dependency without a version, and the version once, on the BOM.
        String readme = Files.readString(CLIENT_README);
        Matcher dependency = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>(doctranslation-client)</artifactId>")
                .matcher(readme);
        Matcher bom = Pattern.compile("<artifactId>doctranslation-bom</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(readme);
        assertThat(dependency.find()).as("%s shows the client's Maven dependency", CLIENT_README).isTrue();
        assertThat(bom.find()).as("%s shows the BOM with its version", CLIENT_README).isTrue();
        String coordinates = dependency.group(1) + ":" + dependency.group(2) + ":" + bom.group(1);
        String quickstart = Files.readString(QUICKSTART_TEST);
        String quickstartPackage = matchOne("(?m)^package ([\\w.]+);", quickstart);
        String client = Files.readString(CLIENT_SOURCE);

        for (String operationId : operationIds()) {
            String lead = page.sample(operationId, "java").leadHtml();
            assertThat(lead).as("lead of the Java sample of %s", operationId).contains("<code>" + coordinates + "</code>");

            assertThat(lead).contains("<code>DocumentTranslationClient." + operationId + "(UUID id)</code>");
            assertThat(client).as("%s has the method the page names", CLIENT_SOURCE)
                    .containsPattern("public\\s+TranslationStatus\\s+" + operationId + "\\(\\s*UUID\\s+\\w+\\s*\\)");

            List<String> imports = Pattern.compile("<code>((?:[a-z]\\w*\\.)+[A-Z]\\w*)</code>").matcher(lead).results()
                    .map(r -> r.group(1)).toList();
            assertThat(imports).as("imports named beside the Java sample of %s", operationId).isNotEmpty();
            for (String type : imports) {
                boolean samePackage = type.equals(quickstartPackage + "." + type.substring(type.lastIndexOf('.') + 1));
                assertThat(samePackage || quickstart.contains("import " + type + ";"))
                        .as("%s is a type the compiled quickstart (%s) uses", type, QUICKSTART_TEST).isTrue();
            }
        }
    }

    /** The curl sample sends the spec's method to the spec's URL on a custom domain, with the spec's key header. */
    @Test
    void curlSampleIsTheRequestTheSpecDescribes() {
        OpenAPI spec = new OpenAPIV3Parser().readContents(SpecFiles.read(SpecFiles.YAML)).getOpenAPI();
        Server server = spec.getServers().get(0);
        String domainDefault = server.getVariables().get("customDomain").getDefault();
        String host = "<your-resource>" + domainDefault.substring(domainDefault.indexOf('.'));
        String keyScheme = spec.getSecurity().get(0).keySet().iterator().next();
        SecurityScheme key = spec.getComponents().getSecuritySchemes().get(keyScheme);
        assertThat(key.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        ReferencePage page = ReferencePage.read();

        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String curl = page.sample(operation.getOperationId(), "curl").code();
            String as = "curl sample of " + operation.getOperationId();
            String command = curl.replace("\\\n", " ");

            UUID.fromString(matchOne("(?m)^ID=(\\S+)$", curl));
            assertThat(matchOne("(?m)^curl .*?-X (\\w+)", command)).as(as).isEqualTo(method.name());
            assertThat(Pattern.compile("-H \"([^\"]*)\"").matcher(command).results().map(r -> r.group(1)))
                    .as(as).containsExactly(key.getName() + ": $DOCUMENT_TRANSLATION_KEY");
            String url = server.getUrl().replace("{customDomain}", host) + path.replace("{id}", "$ID");
            assertThat(command).as(as).containsPattern("(?m)^curl .* \"" + Pattern.quote(url) + "\"\\s*$");
        }));
    }

    /** The kit command is the one its README documents: jar, options, key variable, target. */
    @Test
    void kitSampleIsTheCommandTheKitDocuments() throws IOException {
        String kitReadme = Files.readString(KIT_README);
        String keyVariable = matchOne("`--key-env NAME` \\|[^|\\n]*\\(default `(\\w+)`\\)", kitReadme);
        OpenAPI spec = new OpenAPIV3Parser().readContents(SpecFiles.read(SpecFiles.YAML)).getOpenAPI();
        String domainDefault = spec.getServers().get(0).getVariables().get("customDomain").getDefault();
        String target = "https://<your-resource>" + domainDefault.substring(domainDefault.indexOf('.'));
        ReferencePage page = ReferencePage.read();

        for (String operationId : operationIds()) {
            String kit = page.sample(operationId, "kit").code();
            String as = "kit sample of " + operationId;

            assertThat(kit).as(as).containsPattern("(?m)^export " + keyVariable + "='<your-key>'$");
            String run = matchOne("(?m)^(java -jar .*)$", kit);
            String jar = matchOne("^java -jar (\\S+)", run);
            assertThat(kitReadme).as("%s names the jar %s", KIT_README, jar).contains("/" + jar);
            List<String> options = Pattern.compile("--[a-z-]+").matcher(run).results().map(r -> r.group()).toList();
            assertThat(options).as(as).isNotEmpty();
            options.forEach(option -> assertThat(kitReadme).as("%s documents %s", KIT_README, option).contains("| `" + option + " "));
            assertThat(run).as(as).endsWith("--target \"" + target + "\"");
            // The build line in the sample's comment is the kit README's.
            String build = matchOne("(?m)^#.* after (.+)$", kit);
            assertThat(kitReadme).as("%s builds the jar with %s", KIT_README, build).contains(build);
        }
    }

    // ---------------------------------------------------------------- layout rules in the page

    /** The sidebar's titles wrap inside their box, and narrow screens get a stacked layout. */
    @Test
    void stylesWrapSidebarTitlesAndStackTheLayoutOnNarrowScreens() {
        String css = ReferencePage.read().styles();

        assertThat(rulesFor(css, ".sidenav > li.nav-header > a")).anySatisfy(body ->
                assertThat(body).containsPattern("overflow-wrap:\\s*anywhere").containsPattern("white-space:\\s*normal"));
        assertThat(rulesFor(css, "body")).anySatisfy(body -> assertThat(body).containsPattern("min-width:\\s*0"));
        Matcher narrow = Pattern.compile("@media \\(max-width: (\\d+)px\\) \\{(.*?)\\n    }", Pattern.DOTALL).matcher(css);
        assertThat(narrow.find()).as("a media query for narrow screens").isTrue();
        assertThat(Integer.parseInt(narrow.group(1))).as("narrow-screen breakpoint").isGreaterThanOrEqualTo(390).isLessThan(1280);
        assertThat(rulesFor(narrow.group(2), ".sidenav")).anySatisfy(body -> assertThat(body).containsPattern("position:\\s*static"));
        assertThat(rulesFor(narrow.group(2), "#content")).anySatisfy(body -> assertThat(body).containsPattern("margin-left:\\s*0"));
    }

    // ---------------------------------------------------------------- in a browser

    /**
     * At a desktop and a phone size: the screenshot is made and shows a page (not a blank or tiny
     * image), the page asks for nothing remote and no script fails. The screenshots stay in
     * target/site-screenshots for a person to look at.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void pageRendersInABrowserOffline(int width, int height, @TempDir Path work) throws IOException {
        HeadlessChromium chromium = chromium();
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve("index-" + width + "x" + height + ".png").toAbsolutePath();
        Files.deleteIfExists(png);

        HeadlessChromium.Run run = chromium.open(pageUrl(), work, "--screenshot=" + png, "--window-size=" + width + "," + height);

        assertThat(png).as("screenshot by %s\n%s", chromium, HeadlessChromium.tail(run.stderr())).isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(distinctColours(image)).as("colours in %s (a blank page has one)", png).isGreaterThan(50);
        assertThat(HeadlessChromium.pageRequests(run.netLog())).as("requests the page started").isEmpty();
        assertThat(HeadlessChromium.scriptErrors(run.stderr())).as("script errors on the console").isEmpty();
    }

    /**
     * The page at 1280x800 and 390x844, measured in the browser (layout-probe.html): it does not
     * scroll sideways, no sidebar entry is wider than its box, the sidebar covers no content, and
     * nothing but a code sample sticks out of its box.
     */
    @Test
    void layoutHoldsAtDesktopAndPhoneWidths(@TempDir Path work) throws IOException {
        HeadlessChromium chromium = chromium();
        String probe;
        try (var in = HtmlReferenceTest.class.getResourceAsStream("/layout-probe.html")) {
            probe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("PAGE_URL", pageUrl());
        }
        Path probeFile = work.resolve("layout-probe.html");
        Files.writeString(probeFile, probe);

        HeadlessChromium.Run run = chromium.open(probeFile.toUri().toString(), work,
                "--allow-file-access-from-files", "--window-size=1400,1000", "--dump-dom");

        // The instruments work: the probe's own remote stylesheet is in the net log, its console line on stderr.
        assertThat(HeadlessChromium.pageRequests(run.netLog())).as("requests from the probe and the page")
                .containsExactly("https://canary.invalid/network-canary.css");
        assertThat(run.stderr()).as("the console reaches stderr").contains("layout-probe console canary");
        assertThat(HeadlessChromium.scriptErrors(run.stderr())).as("script errors on the console").isEmpty();

        String result = ReferencePage.decode(matchOne("(?s)<pre id=\"probe\">(.*?)</pre>", run.stdout()));
        assertThat(result).as("the probe measured the page\n%s", HeadlessChromium.tail(run.stderr())).startsWith("{");
        JsonNode measured = new ObjectMapper().readTree(result);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        measured.properties().forEach(size -> {
            List<String> found = new ArrayList<>();
            size.getValue().forEach(p -> found.add(p.asText()));
            problems.put(size.getKey(), found);
        });
        assertThat(problems).as("layout problems per size").isEqualTo(Map.of("1280x800", List.of(), "390x844", List.of()));
    }

    // ---------------------------------------------------------------- helpers

    private static HeadlessChromium chromium() {
        var chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium.isPresent(), "no Chromium found (/usr/bin/chromium, or chromium on the PATH):"
                + " the browser checks are skipped; install it with: apt-get install -y chromium");
        return chromium.get();
    }

    private static String pageUrl() {
        return SpecFiles.HTML.toAbsolutePath().normalize().toUri().toString();
    }

    private static List<String> operationIds() {
        OpenAPI spec = new OpenAPIV3Parser().readContents(SpecFiles.read(SpecFiles.YAML)).getOpenAPI();
        List<String> ids = new ArrayList<>();
        for (PathItem item : spec.getPaths().values()) {
            item.readOperations().forEach(op -> ids.add(op.getOperationId()));
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    /** The bodies of the CSS rules whose selector list includes {@code selector}. */
    private static List<String> rulesFor(String css, String selector) {
        List<String> bodies = new ArrayList<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            for (String s : rule.group(1).split(",")) {
                if (s.strip().equals(selector)) {
                    bodies.add(rule.group(2));
                }
            }
        }
        return bodies;
    }

    private static String matchOne(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("/%s/ in:\n%s", regex, text).isTrue();
        return m.group(1);
    }

    /** As ReadmeSnippets compares the README with the test's code: indentation and blank lines may differ. */
    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}

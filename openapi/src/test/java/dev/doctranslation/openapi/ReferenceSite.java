package dev.doctranslation.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the pages of the HTML reference that OpenAPI Generator does not: {@code versions.html},
 * the portal's list of every version with a link to its page and its spec, and the compatibility
 * report between versions, {@code compatibility.html} and {@code compatibility.md}, computed with
 * openapi-diff for every ordered pair. The build runs it (maven-antrun, process-test-classes, from
 * the module's directory) so the pages exist before the tests read them and ship in the javadoc
 * jar with the rest of the site; it is test code because openapi-diff must not become a dependency
 * of the published jar. Every page is self-contained: inline styles, no script, nothing remote.
 */
final class ReferenceSite {

    /** A pair of versions and what openapi-diff says about moving a client from the first to the second. */
    record Move(PublishedSpec from, PublishedSpec to, SpecDiff diff, List<String> breaking, List<String> also) {
        String anchor() {
            return "from-" + from.id() + "-to-" + to.id();
        }

        String verdict() {
            if (diff.isUnchanged()) {
                return "unchanged";
            }
            return breaking.isEmpty() && !diff.isIncompatible() ? "compatible" : breaking.size() + " breaking";
        }
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.45; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #bbb; padding: .35rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            table.versions { width: 100%; }
            td.breaking { background: #fde2e1; } td.compatible, td.unchanged { background: #e3f5e1; }
            code, pre { font-family: ui-monospace, monospace; } pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: .6rem; }
            li { overflow-wrap: anywhere; }
            """;

    private ReferenceSite() {}

    /** Arguments: the site directory (default target/site). The specs are read from the working directory. */
    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : PublishedSpec.SITE.toString());
        write(site);
    }

    static void write(Path site) throws IOException {
        Files.createDirectories(site.resolve("openapi"));
        for (PublishedSpec spec : PublishedSpec.all()) {
            Files.copy(spec.yaml(), site.resolve("openapi").resolve(spec.file()), StandardCopyOption.REPLACE_EXISTING);
        }
        List<Move> moves = moves();
        Files.writeString(site.resolve("versions.html"), versionsPage());
        Files.writeString(site.resolve("compatibility.html"), compatibilityHtml(moves));
        Files.writeString(site.resolve("compatibility.md"), compatibilityMarkdown(moves));
    }

    /** Every ordered pair of different versions, in the order of {@link PublishedSpec}. */
    static List<Move> moves() throws IOException {
        Map<PublishedSpec, String> texts = new LinkedHashMap<>();
        for (PublishedSpec spec : PublishedSpec.all()) {
            texts.put(spec, Files.readString(spec.yaml()));
        }
        List<Move> moves = new ArrayList<>();
        for (PublishedSpec from : PublishedSpec.all()) {
            for (PublishedSpec to : PublishedSpec.all()) {
                if (from != to) {
                    SpecDiff diff = SpecDiff.between(texts.get(from), texts.get(to));
                    moves.add(new Move(from, to, diff, diff.breakingChanges(), beyondTheDiff(parse(from), parse(to))));
                }
            }
        }
        return moves;
    }

    /**
     * What a client must also change that openapi-diff does not compare: the server URL (its base
     * path and query) and the error envelope (a renamed schema whose changed properties are all
     * optional is not incompatible to openapi-diff, yet a client decoding errors must follow it).
     */
    private static List<String> beyondTheDiff(OpenAPI from, OpenAPI to) {
        List<String> also = new ArrayList<>();
        String fromUrl = from.getServers().get(0).getUrl() + "/batches/{id}" + apiVersionQuery(from);
        String toUrl = to.getServers().get(0).getUrl() + "/batches/{id}" + apiVersionQuery(to);
        if (!fromUrl.equals(toUrl)) {
            also.add("request URL changes from " + fromUrl + " to " + toUrl);
        }
        if (!errorSchema(from).equals(errorSchema(to))) {
            also.add("error body changes from " + errorSchema(from) + " to " + errorSchema(to));
        }
        if (!authentication(from).equals(authentication(to))) {
            also.add("authentication changes from " + authentication(from) + " to " + authentication(to));
        }
        return also;
    }

    // ------------------------------------------------------------------ versions.html

    private static String versionsPage() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (PublishedSpec spec : PublishedSpec.all()) {
            OpenAPI api = parse(spec);
            rows.append("<tr><td><a href=\"").append(spec.page()).append("\">").append(esc(spec.id())).append("</a>")
                    .append(spec == PublishedSpec.V1_0_PREVIEW_1 ? " (preview)" : "").append("</td>")
                    .append("<td><code>").append(esc(api.getServers().get(0).getUrl())).append("/batches/{id}")
                    .append(esc(apiVersionQuery(api))).append("</code></td>")
                    .append("<td>").append(esc(authentication(api))).append("</td>")
                    .append("<td><code>").append(esc(errorSchema(api))).append("</code></td>")
                    .append("<td><a href=\"openapi/").append(spec.file()).append("\"><code>").append(spec.file())
                    .append("</code></a></td></tr>\n");
        }
        return page("Document Translation cancel operation: API versions", """
                <h1>Document Translation cancel operation: API versions</h1>
                <p>One reference page per version of the service, each rendered from that version's
                hand-written OpenAPI document. Every version has the same two operations,
                <code>DELETE /batches/{id}</code> (<code>cancelTranslation</code>) and
                <code>GET /batches/{id}</code> (<code>getTranslationStatus</code>). What breaks for a
                client that moves between versions: <a href="compatibility.html">compatibility report</a>
                (also as <a href="compatibility.md">Markdown</a>).</p>
                <table class="versions">
                <tr><th>version</th><th>request URL</th><th>authentication</th><th>error body</th><th>spec</th></tr>
                """ + rows + """
                </table>
                <p>Version 2026-03-01 is not listed: no OpenAPI document of it has been published, so there
                is nothing to write its contract from.</p>
                """);
    }

    /** The required query parameter with its one value ({@code ?api-version=2024-05-01}), or nothing. */
    private static String apiVersionQuery(OpenAPI api) {
        PathItem item = api.getPaths().get("/batches/{id}");
        List<Parameter> parameters = new ArrayList<>();
        // The parser may have moved the path's parameters into each operation.
        for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), item.getDelete().getParameters())) {
            if (list != null) {
                parameters.addAll(list);
            }
        }
        return parameters.stream()
                .map(p -> p.get$ref() == null ? p
                        : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .filter(p -> (p instanceof QueryParameter || "query".equals(p.getIn())) && Boolean.TRUE.equals(p.getRequired()))
                .map(p -> "?" + p.getName() + "=" + p.getSchema().getEnum().get(0))
                .distinct()
                .collect(Collectors.joining());
    }

    private static String authentication(OpenAPI api) {
        return api.getComponents().getSecuritySchemes().values().stream().map(s -> s.getType() == SecurityScheme.Type.APIKEY
                ? "key in " + s.getName() : s.getType() == SecurityScheme.Type.OAUTH2 ? "OAuth2 bearer token" : s.getType().toString())
                .collect(Collectors.joining(" or "));
    }

    /** The schema of the answer to an unknown id: the version's error envelope. */
    private static String errorSchema(OpenAPI api) {
        Operation cancel = api.getPaths().get("/batches/{id}").getDelete();
        ApiResponse notFound = cancel.getResponses().get("404");
        if (notFound.get$ref() != null) {
            notFound = api.getComponents().getResponses().get(notFound.get$ref().substring(notFound.get$ref().lastIndexOf('/') + 1));
        }
        Schema<?> schema = notFound.getContent().get("application/json").getSchema();
        String ref = schema.get$ref();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    // ------------------------------------------------------------------ compatibility

    private static String compatibilityHtml(List<Move> moves) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <h1>Compatibility between versions</h1>
                <p><a href="versions.html">All versions</a>. For every pair of versions: what openapi-diff
                (OpenAPITools) calls incompatible when a client written for the version of the row talks
                to a provider of the version of the column. openapi-diff does not compare server URLs: each
                version also has its own base path (see the list of versions), which a client must follow
                in any case.</p>
                <table><tr><th>from \\ to</th>""");
        PublishedSpec.all().forEach(to -> html.append("<th>").append(esc(to.id())).append("</th>"));
        html.append("</tr>\n");
        for (PublishedSpec from : PublishedSpec.all()) {
            html.append("<tr><th>").append(esc(from.id())).append("</th>");
            for (PublishedSpec to : PublishedSpec.all()) {
                Move move = find(moves, from, to);
                if (move == null) {
                    html.append("<td>-</td>");
                } else {
                    String css = move.verdict().endsWith("breaking") ? "breaking" : move.verdict();
                    html.append("<td class=\"").append(css).append("\"><a href=\"#").append(move.anchor()).append("\">")
                            .append(esc(move.verdict())).append("</a></td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        for (Move move : moves) {
            html.append("<h2 id=\"").append(move.anchor()).append("\">From ").append(esc(move.from().id())).append(" to ")
                    .append(esc(move.to().id())).append(": ").append(esc(move.verdict())).append("</h2>\n");
            if (move.breaking().isEmpty()) {
                html.append("<p>Nothing openapi-diff calls incompatible.</p>\n");
            } else {
                html.append("<ul>\n");
                move.breaking().forEach(b -> html.append("<li>").append(esc(b)).append("</li>\n"));
                html.append("</ul>\n");
            }
            if (!move.also().isEmpty()) {
                html.append("<p>Beyond what openapi-diff compares:</p>\n<ul>\n");
                move.also().forEach(a -> html.append("<li>").append(esc(a)).append("</li>\n"));
                html.append("</ul>\n");
            }
            html.append("<details><summary>Every change (openapi-diff's report)</summary><pre>")
                    .append(esc(move.diff().markdown())).append("</pre></details>\n");
        }
        return page("Document Translation cancel operation: compatibility between versions", html.toString());
    }

    private static String compatibilityMarkdown(List<Move> moves) {
        StringBuilder md = new StringBuilder();
        md.append("# Compatibility between versions\n\n")
                .append("What openapi-diff (OpenAPITools) calls incompatible when a client written for the version of\n")
                .append("the row talks to a provider of the version of the column. openapi-diff does not compare server\n")
                .append("URLs: each version also has its own base path, which a client must follow in any case.\n\n")
                .append("| from \\ to |");
        PublishedSpec.all().forEach(to -> md.append(' ').append(to.id()).append(" |"));
        md.append("\n|---|");
        PublishedSpec.all().forEach(to -> md.append("---|"));
        md.append('\n');
        for (PublishedSpec from : PublishedSpec.all()) {
            md.append("| ").append(from.id()).append(" |");
            for (PublishedSpec to : PublishedSpec.all()) {
                Move move = find(moves, from, to);
                md.append(' ').append(move == null ? "-" : move.verdict()).append(" |");
            }
            md.append('\n');
        }
        for (Move move : moves) {
            md.append("\n## From ").append(move.from().id()).append(" to ").append(move.to().id()).append(": ")
                    .append(move.verdict()).append("\n\n");
            if (move.breaking().isEmpty()) {
                md.append("Nothing openapi-diff calls incompatible.\n");
            }
            move.breaking().forEach(b -> md.append("- ").append(b).append('\n'));
            if (!move.also().isEmpty()) {
                md.append("\nBeyond what openapi-diff compares:\n\n");
                move.also().forEach(a -> md.append("- ").append(a).append('\n'));
            }
        }
        return md.toString();
    }

    private static Move find(List<Move> moves, PublishedSpec from, PublishedSpec to) {
        return moves.stream().filter(m -> m.from() == from && m.to() == to).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ helpers

    static OpenAPI parse(PublishedSpec spec) {
        return new OpenAPIV3Parser().readContents(SpecFiles.read(spec.yaml())).getOpenAPI();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package dev.doctranslation.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rendered reference opens offline and shows the cancel operation. */
class HtmlReferenceTest {

    @Test
    void pageLoadsNothingFromTheNetwork() {
        String html = SpecFiles.read(SpecFiles.HTML);

        Pattern remoteResource = Pattern.compile(
                "<(script|link|img|iframe)[^>]+(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);
        assertThat(remoteResource.matcher(html).find()).as("a <script>, <link>, <img> or <iframe> loads a remote URL")
                .isFalse();
        assertThat(html).doesNotContain("@import url(http");
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
}

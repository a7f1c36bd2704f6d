package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.cms.importer.document.HostileDocuments.Document;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}) and generated extremes, read the
 * way the import job reads a file: each document is refused with a reason that names its
 * problem, or read with its text kept and nothing active left in its body.
 * {@link HostileImportTest} imports the same documents through the real import path.
 */
class HostileDocumentTest {

    private static final DocumentReader READER = new DocumentReader(TestDocuments.FIVE_MEGABYTES);

    private static ParsedArticle read(Document document) {
        return READER.read(document.fileName(), document.bytes());
    }

    @Test
    void everyCorpusFileHasAnExpectation() {
        assertThat(HostileDocuments.corpusFiles()).containsExactlyInAnyOrderElementsOf(HostileDocuments.expectedFiles());
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @MethodSource("org.newsdesk.cms.importer.document.HostileDocuments#refused")
    void refusesWithAReasonThatNamesTheProblem(String fileName, String reason) {
        assertThatThrownBy(() -> read(HostileDocuments.corpus(fileName)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsdesk.cms.importer.document.HostileDocuments#readable")
    void readsTheTextAndRemovesTheHostileParts(String fileName, String title, List<String> blocks) {
        ParsedArticle article = read(HostileDocuments.corpus(fileName));

        assertThat(article.title()).isEqualTo(title);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactlyElementsOf(blocks);
        HostileDocuments.assertWellFormed(article);
        assertThat(article.bodyHtml()).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:")
                .doesNotContain("evil.example", "alert(", "onclick", "onerror", "onload", "onmouseover", "style=");
    }

    @Test
    void readsTheTextOfTheSameDocumentSentAsText() {
        Document page = HostileDocuments.corpus("active-content.html");
        assertThat(READER.read(page.fileName(), page.text())).isEqualTo(read(page));
        Document markdown = HostileDocuments.corpus("active-content.md");
        assertThat(READER.read(markdown.fileName(), markdown.text())).isEqualTo(read(markdown));
    }

    @Test
    void keepsTheAuthorsAndLinksOfHostileDocumentsSafe() {
        ParsedArticle page = read(HostileDocuments.corpus("active-content.html"));
        assertThat(page.related()).containsExactly(new ParsedArticle.Link("Rooftop Solar Panels Approved", null, 4));
        assertThat(read(HostileDocuments.corpus("json-ld-hostile.html")).authorNames())
                .containsExactly("Ines Duarte", "Reuters");
        assertThat(read(HostileDocuments.corpus("duplicate-metadata.md")).authorNames()).containsExactly("Lena Fischer");
    }

    static Stream<String> deeplyNestedPages() {
        return Stream.of("div", "blockquote", "b", "span", "ul", "table", "svg");
    }

    @ParameterizedTest(name = "<{0}> nested " + HostileDocuments.DEEP + " levels deep")
    @MethodSource("deeplyNestedPages")
    void readsTheTextOfDeeplyNestedHtml(String tag) {
        String page = "<html><head><meta property=\"og:title\" content=\"Deep Page\">"
                + "<meta property=\"article:published_time\" content=\"2025-05-01\"></head><body><article>"
                + "<p>Before the depths.</p>" + ("<" + tag + ">").repeat(HostileDocuments.DEEP) + "<p>At the bottom.</p>"
                + "</article></body></html>";
        ParsedArticle article = READER.read("deep.html", page.getBytes(StandardCharsets.UTF_8));

        HostileDocuments.assertWellFormed(article);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).first().isEqualTo("Before the depths.");
        if (!tag.equals("svg")) { // SVG's content is no article text
            assertThat(article.bodyHtml()).contains("At the bottom.");
        }
    }

    @ParameterizedTest(name = "''{0}'' nested " + HostileDocuments.DEEP + " levels deep")
    @MethodSource("deeplyNestedMarkdown")
    void readsTheTextOfDeeplyNestedMarkdown(String opening, String closing) {
        String document = "# Deep Document\n\nSeptember 02, 2025\n\nBefore the depths.\n\n"
                + opening.repeat(HostileDocuments.DEEP) + "At the bottom." + closing.repeat(HostileDocuments.DEEP) + "\n";
        ParsedArticle article = READER.read("deep.md", document.getBytes(StandardCharsets.UTF_8));

        HostileDocuments.assertWellFormed(article);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).first().isEqualTo("Before the depths.");
        assertThat(article.bodyHtml()).contains("At the bottom.");
    }

    static Stream<Arguments> deeplyNestedMarkdown() {
        return Stream.of(
                arguments("> ", ""),
                arguments("*", "*"),
                arguments("[", "](https://example.org/)"),
                arguments("<div>", "</div>"));
    }

    @Test
    void readsAnEndlessLineAsOneParagraph() {
        String line = "word ".repeat(180_000).strip(); // 900,000 characters, under the store's limit
        ParsedArticle article = READER.read("endless.md", ("# Endless Line\n\nSeptember 02, 2025\n\n" + line)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesOverTheStoreLimit")
    void stopsReadingABodyOnceItIsLongerThanTheStoreHolds(String fileName, String document) {
        assertThatThrownBy(() -> READER.read(fileName, document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the body is over 1,000,000 characters long once cleaned; the limit is 1,000,000");
    }

    static Stream<Arguments> bodiesOverTheStoreLimit() {
        return Stream.of(
                arguments("paragraphs.md", "# Many Paragraphs\n\nSeptember 02, 2025\n\n" + "Short.\n\n".repeat(200_000)),
                arguments("paragraphs.html", "<html><head><meta property=\"og:title\" content=\"Many Paragraphs\">"
                        + "<meta property=\"article:published_time\" content=\"2025-05-01\"></head><body><article>"
                        + "<p></p><p>Short.</p>".repeat(200_000) + "</article></body></html>"));
    }

    @Test
    void refusesADocumentOverTheSizeLimitBeforeParsingIt() {
        byte[] huge = ("# Huge\n\nSeptember 02, 2025\n\n" + "x".repeat((int) TestDocuments.FIVE_MEGABYTES))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read("huge.md", huge))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("over the limit of 5,242,880 bytes");
    }
}

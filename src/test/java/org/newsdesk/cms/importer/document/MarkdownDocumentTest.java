package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown copies of articles (DOCUMENT-FORMAT.md, part 1), one variant per file. */
class MarkdownDocumentTest {

    private static final LocalDate SEPTEMBER_2 = LocalDate.of(2025, 9, 2);

    static Stream<Arguments> bylines() {
        return Stream.of(
                Arguments.of("linked-authors.md", List.of("Anna Petrova", "Li Wei", "Reuters")),
                Arguments.of("plain-byline.md", List.of("Staff Reporter")),
                Arguments.of("no-byline.md", List.of()),
                Arguments.of("no-picture.md", List.of()),
                Arguments.of("unicode.md", List.of("Анна Петрова", "王小明")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("bylines")
    void readsAuthorsFromTheByline(String fileName, List<String> authors) {
        ParsedArticle article = TestDocuments.read(fileName);
        assertThat(article.authorNames()).containsExactlyElementsOf(authors);
        assertThat(article.publishedOn()).isEqualTo(SEPTEMBER_2);
        assertThat(article.bodyHtml()).doesNotContain("By Staff Reporter", "Anna Petrova");
    }

    @Test
    void keepsTheFirstParagraphAsBodyWhenThereIsNoPicture() {
        ParsedArticle article = TestDocuments.read("no-picture.md");
        assertThat(article.image()).isNull();
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "By the time the first ferry left the harbour on Tuesday morning, more than two hundred passengers"
                        + " had queued at the pier.",
                "The operator said the timetable would be back to normal by Thursday.");
    }

    @Test
    void readsACaptionWithoutAByline() {
        ParsedArticle article = TestDocuments.read("no-byline.md");
        assertThat(article.image()).isEqualTo(
                new ParsedArticle.Picture("Sunbathers on the river embankment.", "City Press Office", null));
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).first().asString().startsWith("Forecasters warned");
    }

    @Test
    void keepsUnicodeExactly() {
        ParsedArticle article = TestDocuments.read("unicode.md");
        assertThat(article.title()).isEqualTo("Москва и 北京: «новая эра» 🚀 for Trade");
        assertThat(article.image().caption()).isEqualTo("Фото: Кремль.");
        assertThat(article.image().credit()).isEqualTo("Пресс-служба Кремля");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "«Мы всегда были вместе», — сказал президент. 我们一直在一起。 The crowd cheered 🎉👏.",
                "Ещё один абзац: naïve café — „Zitat“ ‘single’ “double” 😀.");
        assertThat(article.bodyHtml()).doesNotContain("&#", "&laquo;", "&mdash;");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16TextThatStartsWithAByteOrderMark(String charset) {
        byte[] document = ("\uFEFF# Ferry Timetable Restored\n\nBy [AFP](#)\n\nSeptember 02, 2025\n\n"
                + "Ferries ran again — «finally».\n").getBytes(Charset.forName(charset));
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("utf16.md", document);
        assertThat(article.title()).isEqualTo("Ferry Timetable Restored");
        assertThat(article.authorNames()).containsExactly("AFP");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("Ferries ran again — «finally».");
    }

    @Test
    void keepsInlineLinksAndEmphasis() {
        ParsedArticle article = TestDocuments.read("inline-markup.md");
        assertThat(article.bodyHtml()).startsWith(
                "<p>The museum put <em>forty thousand</em> photographs online, <strong>free of charge</strong>, on its"
                        + " <a href=\"https://archive.example.org/photos\">new archive site</a>.</p>");
        assertThat(article.image()).isNull();
    }

    @Test
    void removesScriptsHandlersAndFramesFromRawHtml() {
        ParsedArticle article = TestDocuments.read("raw-html.md");
        assertThat(article.bodyHtml()).doesNotContain("<script", "stolen cookie", "onclick", "onmouseover",
                "javascript:", "<iframe", "evil.example.com");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "Organisers counted 40,000 visitors over three days.",
                "Exhibitors showed folding phones and a demo of robots.",
                "The next fair is planned for March.");
    }

    @Test
    void readsRelatedLinksAtTheirPositions() {
        ParsedArticle article = TestDocuments.read("two-related.md");
        assertThat(article.related()).containsExactly(
                new ParsedArticle.Link("Opposition Walks Out of Budget Debate", null, 1),
                new ParsedArticle.Link("Central Bank Holds Rates Steady",
                        "https://www.example-news.com/2025/08/30/central-bank-holds-rates", 3));
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).hasSize(4).noneMatch(text -> text.contains("Related"));
    }

    @Test
    void hasNoCanonicalUrlWithoutAnOriginalUrlTrailer() {
        ParsedArticle article = TestDocuments.read("no-original-url.md");
        assertThat(article.canonicalUrl()).isNull();
        assertThat(article.related()).isEmpty();
    }

    @Test
    void readsAnOriginalUrlOnTheLabelLine() {
        ParsedArticle article = TestDocuments.read("with-original-url.md");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://www.reuters.com/world/zoo-welcomes-twin-panda-cubs-2025-09-02/");
        assertThat(CanonicalUrls.domainOf(article.canonicalUrl())).isEqualTo("reuters.com");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("Keepers said both cubs were healthy.");
    }

    private static ParsedArticle readText(String markdown) {
        return new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("doc.md", markdown);
    }

    private static final String HEADER = "# Museum Extends Opening Hours\n\nBy [AFP](#)\n\nSeptember 02, 2025\n\n";
    private static final String URL = "https://www.example-news.org/museum";

    @Test
    void keepsTextAfterTheOriginalUrlTrailer() {
        ParsedArticle article = readText(HEADER + "First.\n\nOriginal url:\n\n<" + URL + ">\n\nAfter the trailer.\n");
        assertThat(article.canonicalUrl()).isEqualTo(URL);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("First.", "After the trailer.");
    }

    @Test
    void readsARepeatedOriginalUrlOnce() {
        String trailer = "Original url:\n\n<" + URL + ">\n\n";
        ParsedArticle article = readText(HEADER + "Text.\n\n" + trailer + trailer);
        assertThat(article.canonicalUrl()).isEqualTo(URL);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("Text.");
    }

    @Test
    void refusesTwoDifferentOriginalUrls() {
        String document = HEADER + "Text.\n\nOriginal url:\n\n<" + URL + ">\n\nOriginal url: <" + URL + "-2>\n";
        assertThatThrownBy(() -> readText(document))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("two different original URLs")
                .hasMessageContaining(URL + "-2");
    }

    @Test
    void keepsAnotherLevelOneHeadingAsASubheadingAndDropsRepeatedTitles() {
        ParsedArticle article = readText("# Museum Extends Opening Hours\n\n" + HEADER + "First.\n\n"
                + "# Museum Extends Opening Hours\n\n# Visiting Hours\n\nSecond.\n");
        assertThat(article.title()).isEqualTo("Museum Extends Opening Hours");
        assertThat(article.bodyHtml()).isEqualTo("<p>First.</p>\n<h2>Visiting Hours</h2>\n<p>Second.</p>");
    }

    @Test
    void putsTextThatRawHtmlLeavesLooseIntoParagraphs() {
        ParsedArticle article = readText(HEADER + "<div>Loose <b>bold</b> text<p>Own paragraph</p>tail</div>\n\n"
                + "<table><tr><td>cell</td></tr></table>\n");
        assertThat(article.bodyHtml()).isEqualTo(
                "<p>Loose <b>bold</b> text</p><p>Own paragraph</p><p>tail</p>\n<p>cell</p>");
    }

    @Test
    void readsARepeatedBylineAboveTheDate() {
        ParsedArticle article = readText("# Marathon Route Changed\n\nBy [Lena Fischer](#)\n\nBy [Lena Fischer](#)"
                + " and [AFP](#)\n\nSeptember 02, 2025\n\nRunners will avoid the old bridge.\n");
        assertThat(article.authorNames()).containsExactly("Lena Fischer", "AFP");
        assertThat(article.publishedOn()).isEqualTo(SEPTEMBER_2);
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("Runners will avoid the old bridge.");
    }

    @Test
    void refusesATitleThatShowsNothing() {
        String invisible = "\u200B\u200C\u200D\u2060\u202E\uFEFF\u00A0";
        assertThatThrownBy(() -> readText("# " + invisible + "\n\nSeptember 02, 2025\n\nText.\n"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("title heading is empty or shows only invisible characters");
    }

    @Test
    void keepsInvisibleCharactersOfAVisibleTitleAndDropsInvisibleNames() {
        String title = "Minister \u202Eseniaser\u202C Over \u200BContract";
        ParsedArticle article = readText("# " + title + "\n\nBy [\u200B](#) and [Ann Lee](#)\n\nSeptember 02, 2025\n\n"
                + "Text.\n\n**Related article:** [\u200B\u200D](#)\n");
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.authorNames()).containsExactly("Ann Lee");
        assertThat(article.related()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateForms")
    void readsDatesInOtherForms(String fileName) {
        ParsedArticle article = TestDocuments.read(fileName);
        assertThat(article.publishedOn()).isEqualTo(SEPTEMBER_2);
        assertThat(article.authorNames()).containsExactly("AFP");
        assertThat(TestDocuments.blockTexts(article.bodyHtml()))
                .containsExactly("The pass will stay closed until the snow is cleared.");
    }

    static Stream<String> dateForms() {
        return Stream.of("date-day-month-year.md", "date-short-month.md", "date-ap-style.md", "date-iso.md",
                "date-upper-case.md", "date-weekday.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "one", "  one  two\tthree\n\nfour\r\n five  ",
            "tab\u000Bvertical\fform feed", "no\u00A0break and\u2003em space stay", "\u2003 leading em space",
            "emoji 👍🏽  kept", "a \n\t b"})
    void collapsesWhitespaceAsTheRegexDid(String text) {
        assertThat(MarkdownDocumentParser.collapse(text)).isEqualTo(text.strip().replaceAll("\\s+", " "));
    }
}

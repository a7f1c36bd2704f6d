package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Saved web pages (DOCUMENT-FORMAT.md, part 2). */
class HtmlDocumentTest {

    @Test
    void readsMetadataFromMetaTags() {
        ParsedArticle article = TestDocuments.read("full-page.html");
        assertThat(article.title()).isEqualTo("Harbour Bridge Reopens After Two-Year Repair");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(article.authorNames()).containsExactly("Maria Costa");
        assertThat(article.canonicalUrl()).isEqualTo("https://www.example-news.com/2025/03/14/harbour-bridge-reopens");
        assertThat(CanonicalUrls.domainOf(article.canonicalUrl())).isEqualTo("example-news.com");
    }

    @Test
    void readsCaptionAndCreditFromTheFigure() {
        ParsedArticle article = TestDocuments.read("full-page.html");
        assertThat(article.image()).isEqualTo(new ParsedArticle.Picture("The reopened bridge at dawn.",
                "Jane Photographer / Example News", "https://cdn.example-news.com/images/bridge.jpg"));
        assertThat(article.bodyHtml()).doesNotContain("Jane Photographer", "reopened bridge at dawn");
    }

    @Test
    void keepsArticleParagraphsInOrder() {
        ParsedArticle article = TestDocuments.read("full-page.html");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "By the time the bridge reopened at dawn on Friday, hundreds of cyclists were already waiting at the"
                        + " barriers.",
                "The repair cost €48 million, the city said, and took two years instead of the planned one.",
                "Engineers replaced every cable, the report says, and the full report is online.",
                "“It feels like getting our city back,” said one cyclist.",
                "Traffic will be limited to 30 km/h until the summer.",
                "The council votes on new cycle lanes on Thursday.");
        assertThat(article.bodyHtml())
                .contains("<em>two years</em>")
                .contains("<a href=\"https://www.example-news.com/reports/bridge.pdf\">the full report</a>")
                .contains("<blockquote>");
    }

    @Test
    void keepsPageFurnitureAndActiveContentOutOfTheBody() {
        String body = TestDocuments.read("full-page.html").bodyHtml();
        assertThat(body).doesNotContain("<script", "script-marker", "onclick", "stealCookies", "javascript:",
                "<style", "tracking-style-marker", "nav link", "masthead", "Footer marker", "Privacy",
                "Aside promo marker", "Share marker", "Related article", "Bridge Closure Extended Again",
                "March 14, 2025", "Last updated", "Harbour Bridge Reopens");
    }

    @Test
    void readsTheRelatedArticleAtItsPosition() {
        ParsedArticle article = TestDocuments.read("full-page.html");
        assertThat(article.related()).containsExactly(new ParsedArticle.Link("Bridge Closure Extended Again",
                "https://www.example-news.com/2025/01/10/bridge-closure-extended", 3));
    }

    @Test
    void aPlaceholderLinkStaysWithoutAnAddressUnderABaseHref() {
        String page = "<html><head><base href=\"https://evil.example/\"><meta property=\"og:title\" content=\"T\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-04\"></head><body><article><p>Text.</p>"
                + "<p><strong>Related article:</strong> <a href=\"#\">Placeholder</a> <a href=\"/2025/x\">Relative</a></p>"
                + "</article></body></html>";
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("page.html", page);
        assertThat(article.related()).containsExactly(new ParsedArticle.Link("Placeholder", null, 1),
                new ParsedArticle.Link("Relative", "https://evil.example/2025/x", 1));
    }

    @Test
    void readsAMinimalPageFromItsVisibleContent() {
        ParsedArticle article = TestDocuments.read("minimal-page.html");
        assertThat(article.title()).isEqualTo("Comet Visible to the Naked Eye Tonight");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/science/comet-visible-tonight");
        assertThat(article.authorNames()).containsExactly("Jane Doe", "John Roe");
        assertThat(article.image()).isNull();
        assertThat(article.related()).isEmpty();
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "Astronomers said the comet would be brightest just after sunset.",
                "It will not return for another 6,000 years.");
    }

    @Test
    void fallsBackToJsonLdForHeadlineDateAuthorsAndUrl() {
        ParsedArticle article = TestDocuments.read("json-ld-page.html");
        assertThat(article.title()).isEqualTo("Grain Deal Talks Stall in Istanbul");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 7, 21));
        assertThat(article.authorNames()).containsExactly("Selin Kaya", "Reuters");
        assertThat(article.canonicalUrl()).isEqualTo("https://www.example-wire.com/world/grain-talks-stall");
    }

    @Test
    void aWrapperWhoseClassMerelyMentionsShareKeepsItsArticle() {
        ParsedArticle article = TestDocuments.read("json-ld-page.html");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly(
                "Negotiators left Istanbul without an agreement on Monday.",
                "Talks could resume next week, officials said."); // the image-only paragraph leaves nothing
        assertThat(article.bodyHtml()).doesNotContain("Share on social marker", "<img");
    }

    @Test
    void dropsControlCharactersThatJsonLdEscapesSpell() {
        String page = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle",
                  "headline": "Bridge\\u0000 Inspection\\u0007 Finds Cracks", "datePublished": "2025-03-01",
                  "author": [{"name": "Ines\\u0000 Duarte"}, "Reuters\\u0000"]}</script></head>
                <body><article><p>Inspectors found cracks.</p></article></body></html>""";
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("page.html", page);
        assertThat(article.title()).isEqualTo("Bridge Inspection Finds Cracks");
        assertThat(article.authorNames()).containsExactly("Ines Duarte", "Reuters");
    }

    @Test
    void ignoresJsonLdNestedTooDeeplyToRead() {
        String page = "<html><head><script type=\"application/ld+json\">" + "[".repeat(100_000) + "</script>"
                + "<meta property=\"og:title\" content=\"Deep Page\"></head><body><article>"
                + "<time datetime=\"2025-03-01\">1 March</time><p>Text.</p></article></body></html>";
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("page.html", page);
        assertThat(article.title()).isEqualTo("Deep Page");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void readsAPageInTheCharsetItDeclares() {
        String page = "<html><head><meta charset=\"%s\"><meta property=\"og:title\" content=\"Café Шторм\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-02\"></head>"
                + "<body><article><p>Cafés marched.</p></article></body></html>";
        DocumentReader reader = new DocumentReader(TestDocuments.FIVE_MEGABYTES);
        assertThat(reader.read("page.html", page.replace("Шторм", "").formatted("iso-8859-1")
                .getBytes(StandardCharsets.ISO_8859_1)).title()).isEqualTo("Café");
        assertThat(reader.read("page.html", page.replace("é", "e").formatted("windows-1251")
                .getBytes(Charset.forName("windows-1251"))).title()).isEqualTo("Cafe Шторм");
    }

    @Test
    void readsAUtf16PageByItsByteOrderMark() {
        String page = "\uFEFF<html><head><meta property=\"og:title\" content=\"Night Trains Return\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-04\"></head>"
                + "<body><article><p>Sleeper trains run again from Zürich.</p></article></body></html>";
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES)
                .read("page.html", page.getBytes(StandardCharsets.UTF_16BE));
        assertThat(article.title()).isEqualTo("Night Trains Return");
        assertThat(TestDocuments.blockTexts(article.bodyHtml())).containsExactly("Sleeper trains run again from Zürich.");
    }

    @Test
    void takesTheTitleFromTheHeadingWhenOgTitleShowsNothing() {
        String page = "<html><head><meta property=\"og:title\" content=\"&#x200B;&#x202E;&nbsp;\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-04\"></head>"
                + "<body><article><h1>Visible Headline</h1><p>Text.</p></article></body></html>";
        DocumentReader reader = new DocumentReader(TestDocuments.FIVE_MEGABYTES);
        assertThat(reader.read("page.html", page).title()).isEqualTo("Visible Headline");
        assertThatThrownBy(() -> reader.read("page.html", page.replace("Visible Headline", "\u200B")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no title");
    }

    @Test
    void pageSentAsTextIsNotDecodedAgainByItsMetaCharset() {
        String page = new String(TestDocuments.bytes("json-ld-page.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Negotiators left", "Négociateurs «left» — 谈判");
        ParsedArticle article = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("page.html", page);
        assertThat(TestDocuments.blockTexts(article.bodyHtml()).get(0))
                .isEqualTo("Négociateurs «left» — 谈判 Istanbul without an agreement on Monday.");
    }
}

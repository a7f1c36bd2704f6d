package org.newsdesk.cms.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.importer.document.DocumentReader;

class BodyMarkdownTest {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    /**
     * What the Markdown means once it is stored again: CommonMark rendering through the same
     * safelist, without the line breaks CommonMark puts between tags.
     */
    private static String backToSafeHtml(String markdown) {
        return BodyHtml.sanitize(HTML.render(MARKDOWN.parse(markdown))).replace("\n", "");
    }

    @Test
    void rendersParagraphsEmphasisAndLinks() {
        String html = "<p>One <em>two</em> <strong>three</strong> <a href=\"https://example.org/a\">four</a>.</p>"
                + "<p>Second paragraph.</p>";
        assertThat(BodyMarkdown.fromSafeHtml(html))
                .isEqualTo("One *two* **three** [four](https://example.org/a).\n\nSecond paragraph.");
    }

    @Test
    void quotesNestedBeyondEightLevelsRenderAtTheEighth() {
        String html = "<p>Before.</p>" + "<blockquote>".repeat(10_000) + "<p>At the bottom.</p>"
                + "</blockquote>".repeat(10_000) + "<blockquote><p>Shallow.</p></blockquote>";
        String markdown = BodyMarkdown.fromSafeHtml(html);
        assertThat(markdown).isEqualTo("Before.\n\n" + "> ".repeat(BodyMarkdown.MAX_QUOTE_DEPTH) + "At the bottom.\n\n"
                + "> Shallow.");
    }

    @Test
    void rendersQuotesListsAndHeadings() {
        String html = "<h2>Subhead</h2><blockquote><p>Quoted</p></blockquote><ul><li>a</li><li>b</li></ul>";
        assertThat(BodyMarkdown.fromSafeHtml(html)).isEqualTo("## Subhead\n\n> Quoted\n\n- a\n- b");
    }

    @Test
    void keepsInlineMarkupInsideListItems() {
        assertThat(BodyMarkdown.fromSafeHtml("<ul><li>See <a href=\"https://example.org/r\">the report</a> now</li></ul>"))
                .isEqualTo("- See [the report](https://example.org/r) now");
    }

    @Test
    void escapesMarkdownCharactersInText() {
        assertThat(BodyMarkdown.fromSafeHtml("<p>2 * 3 = 6 and [not a link] &lt;b&gt;</p>"))
                .isEqualTo("2 \\* 3 = 6 and \\[not a link\\] \\<b\\>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<p>One <em>two</em> <strong>three</strong> <a href=\"https://example.org/a\">four</a>.</p>",
            "<p>2 * 3 = 6, [brackets], &lt;b&gt;-like text, back\\slash and under_score.</p>",
            "<p>1984. That was the year the plant opened.</p>",
            "<p># 1 in the charts for a week.</p>",
            "<p>- and a dash to start.</p>",
            "<p>+ plus to start.</p>",
            "<p>&gt; not a quote.</p>",
            "<p>--- not a rule, ~~~ not a fence.</p>",
            "<p>First line<br>2025) was a good year.</p>",
            "<ul><li>See <a href=\"https://example.org/report\">the report</a> and <em>the annex</em>.</li><li>1984. Still an item.</li></ul>",
            "<ol><li>One <strong>bold</strong> step</li><li>Two</li></ol>",
            "<blockquote><p>Quoted <em>text</em> with <a href=\"https://example.org/\">a link</a>.</p><p>Second.</p></blockquote>",
            "<p>“Мы вместе,” 我们 😀 — AT&amp;T &amp; co.</p>",
    })
    void meansTheSameWhenReadBack(String safeHtml) {
        String stored = BodyHtml.sanitize(safeHtml);
        assertThat(backToSafeHtml(BodyMarkdown.fromSafeHtml(stored))).isEqualTo(stored);
    }

    @Test
    void theSeedBodyMeansTheSameWhenReadBack() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("seeds", "000_206c6819273345cd.txt"));
        String body = new DocumentReader(5L * 1024 * 1024).read("seed.txt", seed).bodyHtml();
        String markdown = BodyMarkdown.fromSafeHtml(body);
        assertThat(markdown).contains("“unprecedented level,”").doesNotContain("<p>");
        assertThat(backToSafeHtml(markdown)).isEqualTo(body.replace("\n", ""));
        assertThat(new String(seed, StandardCharsets.UTF_8)).contains(markdown.split("\n\n")[0]);
    }

    /** Backticks in stored code must not close its fence: what follows would be raw HTML to a renderer. */
    @ParameterizedTest
    @ValueSource(strings = {"<pre>x\n```\n&lt;script&gt;alert(1)&lt;/script&gt;</pre>",
            "<pre>````\n&lt;img src=x onerror=alert(1)&gt;\n````</pre>",
            "<p><code>a` &lt;img src=x onerror=alert(1)&gt; `</code></p>",
            "<p><code>`` &lt;script&gt;alert(1)&lt;/script&gt;</code> after</p>"})
    void codeWithBackticksStaysCode(String body) {
        String safe = BodyHtml.sanitize(body);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(safe).select("pre, code")).isNotEmpty();
        String rendered = HTML.render(MARKDOWN.parse(BodyMarkdown.fromSafeHtml(safe)));
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(rendered);
        assertThat(document.select("script, img, [onerror]")).isEmpty();
        assertThat(document.body().text()).isEqualTo(org.jsoup.Jsoup.parseBodyFragment(safe).body().text());
    }

    @Test
    void plainCodeKeepsItsShortForm() {
        assertThat(BodyMarkdown.fromSafeHtml("<p>Run <code>ls -l</code>.</p><pre>a\nb</pre>"))
                .isEqualTo("Run `ls -l`.\n\n```\na\nb\n```");
    }
}

package org.newsdesk.cms.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyHtmlTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<p>Kept</p><script>alert('x')</script>",
            "<p>Kept</p><style>p { display: none }</style>",
            "<p onclick=\"alert('x')\" onmouseover=\"alert('y')\">Kept</p>",
            "<p><a href=\"javascript:alert('x')\">Kept</a></p>",
            "<p><a href=\"JaVaScRiPt:alert('x')\">Kept</a></p>",
            "<p><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgneCcpPC9zY3JpcHQ+\">Kept</a></p>",
            "<p>Kept<img src=\"data:image/png;base64,iVBORw0KGgo=\" onerror=\"alert('x')\"></p>",
            "<p>Kept</p><iframe src=\"https://evil.example.com/\"></iframe>",
            "<p>Kept<object data=\"x.swf\"></object><embed src=\"x.swf\"></p>",
            "<p><svg onload=\"alert('x')\"></svg>Kept</p>",
    })
    void removesActiveContent(String dirty) {
        assertThat(BodyHtml.sanitize(dirty)).isEqualTo("<p>Kept</p>");
    }

    @Test
    void keepsTextStructureAndSafeLinks() {
        String html = "<p>One <em>two</em> <strong>three</strong> <a href=\"https://example.org/a?b=1&amp;c=2\">four</a></p>"
                + "<blockquote><p>Quoted</p></blockquote>"
                + "<ul><li>first</li><li>second</li></ul>"
                + "<ol><li>one</li></ol>"
                + "<h2>Subhead</h2>";
        assertThat(BodyHtml.sanitize(html)).isEqualTo(html);
    }

    @Test
    void addsNoNofollowToEditorialLinks() {
        assertThat(BodyHtml.sanitize("<p><a href=\"https://example.org/\">x</a></p>")).doesNotContain("nofollow");
    }

    @Test
    void turnsPlaceholderAndRelativeLinksIntoText() {
        assertThat(BodyHtml.sanitize("<p>See <a href=\"#\">the report</a> and <a href=\"/local\">this</a>.</p>"))
                .isEqualTo("<p>See the report and this.</p>");
    }

    @Test
    void keepsUnicodeAsCharacters() {
        String html = "<p>“Мы вместе,” 我们 — naïve 😀</p>";
        assertThat(BodyHtml.sanitize(html)).isEqualTo(html);
    }

    @Test
    void sanitizesNothingToEmpty() {
        assertThat(BodyHtml.sanitize(null)).isEmpty();
        assertThat(BodyHtml.sanitize("<script>alert(1)</script>")).isEmpty();
    }

    @Test
    void rendersPlainTextOneBlockPerParagraph() {
        String html = "<p>One <em>two</em>.</p><p>Three.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>";
        assertThat(BodyHtml.toText(html)).isEqualTo("One two.\n\nThree.\n\n- a\n- b\n\n1. x\n2. y");
    }

    @Test
    void excerptIsTheFirstParagraph() {
        assertThat(BodyHtml.excerpt("<p>First <em>short</em> paragraph.</p><p>Second.</p>"))
                .isEqualTo("First short paragraph.");
    }

    @Test
    void excerptCutsALongParagraphAtAWord() {
        String sentence = "The parade will bring together more than two dozen heads of state. ";
        String excerpt = BodyHtml.excerpt("<p>" + sentence.repeat(10) + "</p>");
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(BodyHtml.EXCERPT_LENGTH);
        String withoutEllipsis = excerpt.substring(0, excerpt.length() - 1);
        assertThat(sentence.repeat(10)).startsWith(withoutEllipsis + " ");
    }

    @Test
    void excerptWithoutSpacesNeverCutsACharacterInTwo() {
        assertThat(BodyHtml.excerpt("<p>" + "😀".repeat(400) + "</p>")).isEqualTo("😀".repeat(139) + "…");
        assertThat(BodyHtml.excerpt("<p>a" + "😀".repeat(400) + "</p>")).isEqualTo("a" + "😀".repeat(139) + "…");
    }

    @Test
    void countsWords() {
        assertThat(BodyHtml.wordCount("<p>One <em>two</em> three.</p><p>Four, five — 2,000!</p>")).isEqualTo(6);
        assertThat(BodyHtml.wordCount("")).isZero();
    }

    @Test
    void countsWordsInCjkText() {
        assertThat(BodyHtml.wordCount("<p>我们一直在一起。</p>")).isPositive();
        assertThat(BodyHtml.wordCount("<p>東京で会議が開かれた。</p>")).isPositive();
    }

    @Test
    void searchTextIsTheTextRenderingWithoutPrivateUseCharacters() {
        String html = BodyHtml.sanitize("<p>One <b>two</b> &amp; \uE000three\uE001</p><ul><li>four</li></ul>");
        assertThat(BodyHtml.searchText(html)).isEqualTo("One two & three\n\n- four");
    }
}

package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.article.body.BodyHtml;
import org.newsdesk.cms.importer.document.DocumentReader;
import org.newsdesk.cms.importer.document.HostileDocuments;
import org.newsdesk.cms.importer.document.TestDocuments;
import org.newsdesk.cms.importer.document.UnreadableDocumentException;

/**
 * An import prepares a body in one pass (sanitize, then plain text, excerpt and word
 * count from the cleaned tree). What it stores must be what the stored HTML itself
 * gives, the way editors' changes and the body-text backfill derive them: otherwise
 * search and excerpts would depend on how an article arrived.
 */
class BodyPreparationTest {

    private static final DocumentReader READER = new DocumentReader(TestDocuments.FIVE_MEGABYTES);

    static Stream<String> readableDocuments() {
        List<String> bodies = new ArrayList<>();
        for (HostileDocuments.Document document : HostileDocuments.seeds()) {
            try {
                bodies.add(READER.read(document.fileName(), document.bytes()).bodyHtml());
            } catch (UnreadableDocumentException refused) {
                // refused documents store no body
            }
        }
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("readableDocuments")
    void aDocumentsBodyIsPreparedAsItsStoredHtmlDerivesIt(String bodyHtml) {
        assertPreparedAsStored(bodyHtml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<pre>\nfirst line\n  indented</pre><p>after</p>",
            "<p>One &amp; two &lt;three&gt; &nbsp; four</p>",
            "<ul><li>first <em>item</em></li><li>second</li></ul><ol><li>one</li></ol>",
            "loose text <b>bold</b><p>then a paragraph</p>",
            "<p><a href=\"#\">dead link</a> and <a href=\"https://example.org/\">live link</a></p>",
            "<p>Emoji 👍🏽 and CJK 北京 text \uE000 private use</p>",
            "<blockquote><p>quoted</p></blockquote><h2>Sub</h2><p>A first paragraph long enough to be cut: "
                    + "words words words words words words words words words words words words words words words words "
                    + "words words words words words words words words words words words words words words words words "
                    + "words words words words words words words words words words words words words words words.</p>",
            "<p>  </p><p></p>",
            "<script>alert(1)</script>",
    })
    void edgeCasesArePreparedAsTheirStoredHtmlDerivesThem(String html) {
        assertPreparedAsStored(html);
    }

    private static void assertPreparedAsStored(String html) {
        ArticleBody prepared = ArticleBody.of(html);
        assertThat(prepared.html()).isEqualTo(BodyHtml.sanitize(html));
        assertThat(prepared.text()).isEqualTo(BodyHtml.searchText(prepared.html()));
        assertThat(prepared.excerpt()).isEqualTo(BodyHtml.excerpt(prepared.html()));
        assertThat(prepared.wordCount()).isEqualTo(BodyHtml.wordCount(prepared.html()));
    }
}

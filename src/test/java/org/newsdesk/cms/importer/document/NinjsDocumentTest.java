package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.cms.importer.document.TestDocuments.FIVE_MEGABYTES;
import static org.newsdesk.cms.importer.document.TestDocuments.blockTexts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.cms.article.body.BodyHtml;
import org.newsdesk.cms.importer.document.ParsedArticle.Link;
import org.newsdesk.cms.importer.document.ParsedArticle.Picture;
import org.newsdesk.cms.importer.document.ParsedArticle.Topic;
import org.newsdesk.cms.tag.TagKind;

/** ninjs documents (agency JSON), 2.x and 1.x, read from the samples in src/test/resources/ninjs/. */
class NinjsDocumentTest {

    private static final String AGENCY_URI = "https://newswire.example.com/afp/2025/09/02/asia-water-summit-beijing";
    private static final String TITLE = "Asian ministers agree to share river data at Beijing water summit";

    private static ParsedArticle read(String fileName) {
        return reader().read(fileName, TestDocuments.ninjs(fileName));
    }

    private static ParsedArticle readText(String fileName, String json) {
        return reader().read(fileName, json);
    }

    private static DocumentReader reader() {
        return new DocumentReader(FIVE_MEGABYTES);
    }

    @Test
    void agencyStoryIn2x() {
        ParsedArticle story = read("agency-2x.json");

        assertThat(story.title()).isEqualTo(TITLE);
        assertThat(story.authorNames()).containsExactly("Anna Smith", "Li Wei", "AFP");
        assertThat(story.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 2)); // firstcreated, not versioncreated
        assertThat(story.canonicalUrl()).isEqualTo(AGENCY_URI);
        assertThat(story.sourceUri()).isNull();
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.withheld()).isFalse();
        assertThat(story.image()).isEqualTo(new Picture(
                "Delegates gather for a group photo at the opening of the regional water summit in Beijing on September 1, 2025.",
                "Zhou Ming / AFP",
                "https://newswire.example.com/afp/photos/2025/09/01/water-summit-delegates-main.jpg"));
        assertThat(blockTexts(story.bodyHtml())).hasSize(4).first().asString().startsWith("BEIJING (AFP) – Ministers");
        assertThat(story.bodyHtml()).contains("<a href=\"https://summit.example.org/water/framework\">summit website</a>");
        assertThat(story.related()).isEmpty();
        assertThat(story.sectionPath()).isEmpty();
        assertThat(story.tags()).containsExactly(new Topic("environment", TagKind.TOPIC), new Topic("politics", TagKind.TOPIC),
                new Topic("Chen Jiahui", TagKind.PERSON), new Topic("Beijing", TagKind.PLACE));
    }

    @Test
    void theSameStoryIn1xReadsTheSame() {
        assertThat(read("agency-1x.json")).isEqualTo(read("agency-2x.json"));
    }

    @Test
    void minimalItemWithAPlainTextBody() {
        ParsedArticle story = read("minimal-2x.json");

        assertThat(story.title()).isEqualTo("Beijing water summit closes with call for follow-up talks");
        assertThat(story.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(story.authorNames()).isEmpty();
        assertThat(story.image()).isNull();
        assertThat(story.tags()).isEmpty();
        assertThat(story.language()).isNull();
        assertThat(blockTexts(story.bodyHtml())).containsExactly(
                "BEIJING (AFP) – The regional water summit closed in Beijing on Wednesday with a call for technical talks"
                        + " before the end of the year.",
                "Officials said working groups on flood warnings and dam releases would meet online in November, with a"
                        + " first report due in the spring.",
                "The next ministerial meeting is planned for Hanoi.");
    }

    @Test
    void hostileItemKeepsItsTextAndLosesItsActiveParts() {
        ParsedArticle story = read("hostile-2x.json");

        assertThat(story.title()).isEqualTo("Summit talks resume in Beijing");
        assertThat(story.authorNames()).containsExactly("Eve Mallory", "Bob Stone", "AFP");
        assertThat(story.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 4)); // versioncreated: no firstcreated
        assertThat(blockTexts(story.bodyHtml())).containsExactly("Talks resumed on Thursday.",
                "Read the statement, the annex and the agenda.", "Delegates will meet again in Hanoi.");
        assertThat(story.bodyHtml()).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript").doesNotContain("data:").doesNotContain("<img")
                .doesNotContain("<iframe").doesNotContain("<style").doesNotContain("\u0007")
                .contains("<a href=\"https://summit.example.org/water/agenda\">agenda</a>");
        assertThat(story.tags()).extracting(Topic::name).containsExactly("Politics", "Environment", "Water supply",
                "Diplomacy", "ygrene", "Climate change", "Flood control");
        assertThat(story.image()).isEqualTo(new Picture("Delegates arrive at the summit venue.", "Photo Desk", null));
    }

    @Test
    void jsonThatIsNoNinjsItemIsRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> read("not-ninjs.json")).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a ninjs document: it has no \"uri\" and no headline or body"
                        + " (keys: name, version, description, main, scripts, …)");
    }

    @Test
    void brokenJsonIsRefusedWithTheParsersPosition() {
        assertThatThrownBy(() -> read("broken.json")).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("not valid JSON at line 33, column ")
                .hasMessageEndingWith(": the text ends before the JSON does (is a string left open?)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an array              | [{"uri": "urn:x:1", "headlines": [{"value": "T"}]}]                              | not a ninjs document: it is a JSON array, and a ninjs item is an object
            no uri                | {"headlines": [{"value": "T"}], "bodies": [{"value": "B"}]}                        | not a ninjs document: it has no "uri", the identifier every ninjs item has (keys: headlines, bodies)
            uri only              | {"uri": "urn:x:1", "type": "text"}                                                 | not a ninjs document: it has a "uri" but no headline or body (keys: uri, type)
            a relative uri        | {"uri": "stories/1", "headlines": [{"value": "T"}]}                               | the ninjs uri 'stories/1' is not an absolute URI (such as https://… or urn:…)
            a uri of no string    | {"uri": 42, "headlines": [{"value": "T"}]}                                         | the ninjs "uri" is empty or not a string
            canceled              | {"uri": "urn:x:1", "pubstatus": "canceled", "headlines": [{"value": "T"}]}         | the provider canceled this item (pubstatus "canceled"): it must not be used, so nothing of it was imported
            ninjs 3               | {"uri": "urn:x:1", "versionCreated": "2025-09-02T00:00:00Z", "headlines": []}      | ninjs 3.x (camelCase names such as "versionCreated") is not read yet: ask the provider for ninjs 2.x or 1.x
            no title              | {"uri": "urn:x:1", "headlines": [{"value": " <b></b> "}], "bodies": [{"value": "B"}]} | no title: the ninjs document has no headline that shows any text
            no date               | {"uri": "urn:x:1", "headlines": [{"value": "T"}], "bodies": [{"value": "B"}]}     | no publication date: the ninjs document has neither "firstcreated" nor "versioncreated"
            a date of no day      | {"uri": "urn:x:1", "firstcreated": "2025-02-30T10:00:00Z", "headlines": [{"value": "T"}]} | the ninjs firstcreated '2025-02-30T10:00:00Z' is not a date-time such as 2025-09-02T06:15:00Z
            no body               | {"uri": "urn:x:1", "firstcreated": "2025-09-02T10:00:00Z", "headlines": [{"value": "T"}]} | no body: the ninjs document has no "bodies" (nor 1.x "body_html" or "body_text") with text
            a body of another type | {"uri": "urn:x:1", "firstcreated": "2025-09-02T10:00:00Z", "headlines": [{"value": "T"}], "bodies": [{"contenttype": "application/nitf+xml", "value": "<nitf/>"}]} | no body this importer reads: the bodies are application/nitf+xml; it reads text/html, application/xhtml+xml and text/plain
            a body showing nothing | {"uri": "urn:x:1", "firstcreated": "2025-09-02T10:00:00Z", "headlines": [{"value": "T"}], "bodies": [{"contenttype": "text/html", "value": "<img src=x><script>x</script>"}]} | no body: the ninjs body has no paragraph that shows any text
            a key twice           | {"uri": "urn:x:1", "uri": "urn:x:2", "headlines": [{"value": "T"}]}                | not valid JSON for an import: the key "uri" appears twice in one object, and programs differ in which of the values they take
            text after the JSON   | {"uri": "urn:x:1"} {"uri": "urn:x:2"}                                              | not valid JSON at line 1, column 20: there is more text after the JSON value
            """)
    void refusedWithAReason(String what, String json, String reason) {
        assertThatThrownBy(() -> readText("item.json", json)).as(what).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(reason);
    }

    @Test
    void reasonsQuoteTheDocumentWithoutItsControlCharacters() {
        assertThatThrownBy(() -> readText("item.json", "{\"a\\u0000b\": 1, \"a\\u0000b\": 2}"))
                .hasMessage("not valid JSON for an import: the key \"ab\" appears twice in one object, and programs"
                        + " differ in which of the values they take");
        assertThatThrownBy(() -> readText("item.json", "{\"<b>na\\u0000me</b>\": 1}"))
                .hasMessage("not a ninjs document: it has no \"uri\" and no headline or body (keys: name)");
        assertThatThrownBy(() -> readText("item.json", "{\"uri\": \"no\\u0000 uri\", \"headline\": \"T\"}"))
                .hasMessage("the ninjs uri 'no uri' is not an absolute URI (such as https://… or urn:…)");
    }

    @Test
    void jsonNestedTooDeeplyIsRefused() {
        String deep = "{\"uri\": \"urn:x:1\", \"headlines\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> readText("deep.json", deep)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a ninjs document: the JSON is nested more than 64 levels deep");
    }

    @Test
    void aUriThatIsNoAddressIdentifiesTheArticleInsteadOfACanonicalUrl() {
        ParsedArticle story = readText("item.json", item("urn:newsml:afp.com:20250902:TX-PAR-WTR4821", """
                "pubstatus": "withheld", "language": "pt_br"
                """));
        assertThat(story.canonicalUrl()).isNull();
        assertThat(story.sourceUri()).isEqualTo("urn:newsml:afp.com:20250902:TX-PAR-WTR4821");
        assertThat(story.withheld()).isTrue();
        assertThat(story.language()).isEqualTo("pt-BR");
        assertThat(NinjsDocumentParser.ownArticleId(story.sourceUri())).isEmpty();
        assertThat(NinjsDocumentParser.ownArticleId("urn:newsdesk:article:51")).contains(51L);
    }

    @Test
    void theDayIsTheOneWrittenInTheValuesOwnOffset() {
        ParsedArticle story = readText("item.json", item("urn:x:1", """
                "firstcreated": "2025-09-03t01:00:00+08:00"
                """));
        assertThat(story.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 3)); // 2 September in UTC
    }

    @Test
    void bodiesArePreferredHtmlThenPlainTextThenTheRoleMain() {
        String json = """
                {"uri": "urn:x:1", "firstcreated": "2025-09-02T10:00:00Z", "headlines": [{"value": "T"}], "bodies": [
                  {"contenttype": "text/plain", "value": "Plain."},
                  {"role": "summary", "contenttype": "text/html; charset=utf-8", "value": "<p>Summary.</p>"},
                  {"role": "main", "contenttype": "text/html", "value": "<p>Main.</p>"}]}""";
        assertThat(readText("item.json", json).bodyHtml()).isEqualTo("<p>Main.</p>");
    }

    @Test
    void looseMarkupBecomesParagraphsAndWrappersAreLookedInto() {
        ParsedArticle story = readText("item.json", item("urn:x:1", """
                "bodies": [{"value": "Loose <b>text</b><br>over two lines<div><section><p>In a section.</p><h1>A heading</h1></section><table><tr><td>A cell</td></tr></table></div><ul><li>One</li></ul>"}]
                """));
        assertThat(story.bodyHtml()).isEqualTo("""
                <p>Loose <b>text</b><br>over two lines</p>
                <p>In a section.</p>
                <h2>A heading</h2>
                <p>A cell</p>
                <ul><li>One</li></ul>""");
    }

    @Test
    void plainTextWithoutBlankLinesHasAParagraphPerLine() {
        ParsedArticle story = readText("item.json", item("urn:x:1", """
                "bodies": [{"contenttype": "text/plain", "value": "First line & more.\\nSecond <line>.\\r\\nThird."}]
                """));
        assertThat(story.bodyHtml()).isEqualTo("<p>First line &amp; more.</p>\n<p>Second &lt;line&gt;.</p>\n<p>Third.</p>");
    }

    @Test
    void relatedArticleParagraphsBecomeLinksAtTheirPlace() {
        ParsedArticle story = readText("item.json", item("urn:x:1", """
                "bodies": [{"contenttype": "text/html", "value": "<p>One.</p><p>Related article: <a href=\\"https://news.example/a\\">Earlier story</a></p><p>Two.</p><p>Related article: <a href=\\"#\\">Later story</a></p>"}]
                """));
        assertThat(blockTexts(story.bodyHtml())).containsExactly("One.", "Two.");
        assertThat(story.related()).containsExactly(new Link("Earlier story", "https://news.example/a", 1),
                new Link("Later story", null, 2));
    }

    @Test
    void aStoredBodyReadAgainIsTheSameBody() {
        String stored = read("agency-2x.json").bodyHtml() + "\n<blockquote><p>A quote.</p><p>Two.</p></blockquote>\n"
                + "<pre>line one\n  line two</pre>\n<p>A&nbsp;&amp;&lt;b&gt; &quot;quoted&quot;</p>";
        String once = NinjsBody.ofHtml(stored).html();
        assertThat(NinjsBody.ofHtml(once).html()).isEqualTo(once);
        assertThat(BodyHtml.sanitize(once)).isEqualTo(once); // the safelist is idempotent
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreDropped() {
        ParsedArticle story = readText("item.json", """
                {"uri": "urn:x:1", "firstcreated": "2025-09-02T10:00:00Z", "by": "Ann\\u0000 Lee",
                 "headlines": [{"value": "A\\u0000 ti\\u0007tle \\ud800here"}],
                 "bodies": [{"contenttype": "text/html", "value": "<p>Nul\\u0000 and bell\\u0007.</p>"}]}""");
        assertThat(story.title()).isEqualTo("A title here");
        assertThat(story.authorNames()).containsExactly("Ann Lee");
        assertThat(story.bodyHtml()).isEqualTo("<p>Nul and bell.</p>");
    }

    @Test
    void thousandsOfSubjectsKeepFiftyTagsQuickly() {
        String subjects = IntStream.range(0, 20_000).mapToObj(i -> "{\"name\": \"<b>Subject " + i + "</b>\"}")
                .collect(Collectors.joining(", "));
        String json = item("urn:x:1", "\"subjects\": [" + subjects + "]");
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan((int) FIVE_MEGABYTES);

        long started = System.nanoTime();
        ParsedArticle story = readText("item.json", json);
        assertThat(story.tags()).hasSize(50).first().isEqualTo(new Topic("Subject 0", TagKind.TOPIC));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aFileWithoutAKnownEndingIsReadByItsContent() {
        ParsedArticle story = readText("story", "\uFEFF" + item("urn:x:1", "\"language\": \"en\""));
        assertThat(story.title()).isEqualTo("T");
        assertThat(DocumentReader.isDocument("wire/item.JSON")).isTrue();
    }

    @Test
    void bytesAreReadAsUtf8() {
        byte[] agency = TestDocuments.ninjs("agency-2x.json");
        assertThat(reader().read("agency.json", agency)).isEqualTo(reader().read("agency.json",
                new String(agency, StandardCharsets.UTF_8)));
        byte[] latin1 = item("urn:x:1", "\"by\": \"Jos\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader().read("item.json", latin1)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("not UTF-8 text");
    }

    /** A ninjs item with a title, a date, a body, and {@code more} properties (which win over those). */
    private static String item(String uri, String more) {
        String defaults = List.of("\"firstcreated\": \"2025-09-02T10:00:00Z\"", "\"headlines\": [{\"value\": \"T\"}]",
                "\"bodies\": [{\"value\": \"B\"}]").stream()
                .filter(property -> !more.contains(property.substring(0, property.indexOf(':'))))
                .collect(Collectors.joining(", "));
        return "{\"uri\": \"" + uri + "\", " + defaults + ", " + more.strip() + "}";
    }
}

package org.newsdesk.cms.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.FeedTools;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The RSS and Atom feeds through real HTTP, read back by real parsers (feedparser,
 * xmllint, the JDK's): what each list holds and in which order, that drafts never show,
 * escaping of hostile text from documents and editors, the caching headers and 304s,
 * and the bounds on {@code limit}.
 */
@QuarkusTest
class FeedsApiTest {

    private static final String RSS_TYPE = "application/rss+xml; charset=UTF-8";
    private static final String ATOM_TYPE = "application/atom+xml; charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Markup, an ampersand, a CDATA end, quotes and characters XML 1.0 cannot carry. */
    private static final String HOSTILE = "<script>alert('x')</script> Tom & Jerry ]]> \"q\" \u0001\u0008\u000B\u001F\uFFFE!";
    private static final String HOSTILE_KEPT = "<script>alert('x')</script> Tom & Jerry ]]> \"q\" !";

    private static String word;
    /** Europe under World; B in World, A in Europe, C in Sports: by date C between them. */
    private static String titleA;
    private static String titleB;
    private static String titleC;
    private static String draftTitle;
    private static String urlA;
    private static String sourceSlug;
    private static String hostileWord;

    @BeforeEach
    void articlesInSectionsWithTagsAuthorsAndADraft() {
        if (word != null) {
            return;
        }
        String w = unique();
        String domain = "www.feeds-" + w + ".example";
        titleA = "Alpha " + w;
        titleB = "Bravo " + w;
        titleC = "Charlie " + w;
        urlA = "https://" + domain + "/alpha";
        String slugA = Imports.importDocument("a-" + w + ".md", markdown(titleA)
                .byline("By [Anna " + w + "](#) and [Ben " + w + "](#)").date(LocalDate.of(2025, 9, 10)).url(urlA)
                .header("Section: World " + w + " > Europe " + w).header("Tags: Climate " + w + ", Energy " + w)
                .paragraph("Alpha's first paragraph.").build()).getString("article.slug");
        Imports.importDocument("b-" + w + ".md", markdown(titleB).byline("By [Ben " + w + "](#)")
                .date(LocalDate.of(2025, 9, 12)).url("https://" + domain + "/bravo").header("Section: World " + w)
                .header("Tags: Climate " + w).build());
        Imports.importDocument("c-" + w + ".md", markdown(titleC).byline("By [Ben " + w + "](#)")
                .date(LocalDate.of(2025, 9, 11)).url("https://" + domain + "/charlie").header("Section: Sports " + w)
                .header("Tags: Energy " + w).build());

        // A draft in the same section, with the same tag and author: never in a feed.
        draftTitle = "Draft " + w;
        Map<String, Object> draft = Articles.input(draftTitle, "<p>Not yet.</p>");
        draft.put("authorIds", List.of(id("author", "anna-" + w)));
        String draftId = Articles.create(draft).getString("id");
        GraphQL.editor().data("mutation($id: ID!, $s: ID) { setArticleSection(id: $id, sectionId: $s) { id } }",
                Map.of("id", draftId, "s", id("section", "europe-" + w)));
        GraphQL.editor().data("mutation($id: ID!, $t: [String!]!) { setArticleTags(id: $id, tagIds: $t) { id } }",
                Map.of("id", draftId, "t", List.of(id("tag", "climate-" + w))));

        sourceSlug = GraphQL.anonymous().data("query($s: String) { article(slug: $s) { source { slug } } }",
                Map.of("s", slugA)).getString("data.article.source.slug");
        hostileWord = hostileArticle();
        word = w;
    }

    @Test
    void everyFeedHoldsPublishedArticlesNewestFirst() {
        for (String feed : List.of("/feeds/rss.xml?limit=100", "/feeds/atom.xml?limit=100")) {
            JsonPath parsed = FeedTools.feedparser(ok(feed, null));
            assertThat(parsed.getList("entries.title", String.class)).isNotEmpty().doesNotContain(draftTitle);
            List<ZonedDateTime> dates = new ArrayList<>();
            for (String date : parsed.getList("entries.published", String.class)) {
                dates.add(feed.contains("rss") ? ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                        : ZonedDateTime.parse(date));
            }
            for (int i = 1; i < dates.size(); i++) {
                assertThat(dates.get(i)).as("entry %d of %s", i, feed).isBeforeOrEqualTo(dates.get(i - 1));
            }
        }
    }

    @Test
    void aSectionsFeedHasTheSectionsUnderIt() {
        assertThat(titles("/feeds/section/world-" + word + "/rss.xml")).containsExactly(titleB, titleA);
        assertThat(titles("/feeds/section/world-" + word + "/atom.xml")).containsExactly(titleB, titleA);
        assertThat(titles("/feeds/section/europe-" + word + "/rss.xml")).containsExactly(titleA);
        assertThat(titles("/feeds/section/sports-" + word + "/atom.xml")).containsExactly(titleC);
    }

    @Test
    void tagAuthorAndSourceFeeds() {
        assertThat(titles("/feeds/tag/climate-" + word + "/rss.xml")).containsExactly(titleB, titleA);
        assertThat(titles("/feeds/tag/energy-" + word + "/atom.xml")).containsExactly(titleC, titleA);
        assertThat(titles("/feeds/author/anna-" + word + "/rss.xml")).containsExactly(titleA);
        assertThat(titles("/feeds/author/ben-" + word + "/atom.xml")).containsExactly(titleB, titleC, titleA);
        assertThat(titles("/feeds/source/" + sourceSlug + "/rss.xml")).containsExactly(titleB, titleC, titleA);
    }

    @Test
    void aMergedTagsOldSlugStillHasAFeed() {
        String w = unique();
        Imports.importDocument("m1-" + w + ".md", markdown("Merged from " + w).date(LocalDate.of(2025, 8, 1))
                .header("Tags: Warming " + w).build());
        Imports.importDocument("m2-" + w + ".md", markdown("Merged into " + w).date(LocalDate.of(2025, 8, 2))
                .header("Tags: Heat " + w).build());
        GraphQL.editor().data("mutation($from: ID!, $into: ID!) { mergeTags(fromId: $from, intoId: $into) { id } }",
                Map.of("from", id("tag", "warming-" + w), "into", id("tag", "heat-" + w)));
        assertThat(titles("/feeds/tag/warming-" + w + "/atom.xml")).containsExactly("Merged into " + w,
                "Merged from " + w);
    }

    @ParameterizedTest
    @ValueSource(strings = { "section", "tag", "author", "source" })
    void anUnknownSlugIsNotFound(String kind) {
        for (String file : List.of("rss.xml", "atom.xml")) {
            Response response = given().get("/feeds/" + kind + "/no-such-" + unique() + "/" + file);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("text/plain; charset=UTF-8");
            assertThat(response.asString()).startsWith("No " + kind + " has the slug 'no-such-");
        }
    }

    @Test
    void itemsCarryLinkGuidDatesAuthorsCategoriesAndSummary() {
        JsonPath rss = FeedTools.feedparser(ok("/feeds/section/europe-" + word + "/rss.xml", RSS_TYPE));
        assertThat(rss.getString("version")).isEqualTo("rss20");
        assertThat(rss.getString("feed.title")).isEqualTo("Newsroom: Europe " + word);
        assertThat(rss.getList("feed.selfLinks", String.class))
                .containsExactly("http://localhost:8081/feeds/section/europe-" + word + "/rss.xml");
        JsonPath entry = rss.setRootPath("entries[0]");
        assertThat(entry.getString("link")).isEqualTo(urlA);
        assertThat(entry.getString("id")).startsWith("urn:newsdesk:article:");
        assertThat(entry.getString("published")).isEqualTo("Wed, 10 Sep 2025 00:00:00 GMT");
        assertThat(entry.getList("authors", String.class)).containsExactly("Anna " + word, "Ben " + word);
        assertThat(entry.getList("tags", String.class))
                .containsExactly("Europe " + word, "Climate " + word, "Energy " + word);
        assertThat(entry.getString("summary")).isEqualTo("Alpha's first paragraph.");
        assertThat(entry.getList("content")).isEmpty();

        JsonPath atom = FeedTools.feedparser(ok("/feeds/section/europe-" + word + "/atom.xml", ATOM_TYPE));
        assertThat(atom.getString("version")).isEqualTo("atom10");
        assertThat(atom.getList("feed.selfLinks", String.class))
                .containsExactly("http://localhost:8081/feeds/section/europe-" + word + "/atom.xml");
        JsonPath atomEntry = atom.setRootPath("entries[0]");
        assertThat(atomEntry.getString("id")).isEqualTo(entry.getString("id"));
        assertThat(atomEntry.getString("link")).isEqualTo(urlA);
        assertThat(atomEntry.getString("published")).isEqualTo("2025-09-10T00:00:00Z");
        assertThat(atomEntry.getList("authors", String.class)).containsExactly("Anna " + word, "Ben " + word);
        assertThat(atomEntry.getList("tags", String.class))
                .containsExactly("Europe " + word, "Climate " + word, "Energy " + word);
        assertThat(atomEntry.getString("summary")).isEqualTo("Alpha's first paragraph.");
    }

    @Test
    void theFullContentOnlyWhenAskedFor() {
        Document rss = FeedTools.dom(ok("/feeds/author/anna-" + word + "/rss.xml?content=full", RSS_TYPE));
        String encoded = rss.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent();
        assertThat(encoded).contains("<p>Alpha's first paragraph.</p>");
        JsonPath atom = FeedTools.feedparser(ok("/feeds/author/anna-" + word + "/atom.xml?content=full", ATOM_TYPE));
        assertThat(atom.getString("entries[0].content[0]")).contains("Alpha's first paragraph.");
        assertThat(atom.getList("feed.selfLinks", String.class))
                .containsExactly("http://localhost:8081/feeds/author/anna-" + word + "/atom.xml?content=full");
        assertThat(FeedTools.dom(ok("/feeds/author/anna-" + word + "/atom.xml?content=summary", ATOM_TYPE))
                .getElementsByTagNameNS(ATOM, "content").getLength()).isZero();
    }

    @Test
    void hostileTextIsEscapedAndCharactersXmlCannotCarryAreLeftOut() {
        for (String feed : List.of("rss.xml", "atom.xml", "rss.xml?content=full", "atom.xml?content=full")) {
            byte[] body = ok("/feeds/section/" + hostileSectionSlug() + "/" + feed, null);
            FeedTools.xmllint(body);
            JsonPath parsed = FeedTools.feedparser(body);
            assertThat(parsed.getList("entries")).hasSize(1);
            assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("<script>", "\u0001", "\uFFFE")
                    .doesNotContain("]]>");

            Document dom = FeedTools.dom(body);
            boolean rss = feed.startsWith("rss");
            Element item = (Element) (rss ? dom.getElementsByTagName("item") : dom.getElementsByTagNameNS(ATOM, "entry"))
                    .item(0);
            assertThat(text(item, "title")).isEqualTo(HOSTILE_KEPT + " title " + hostileWord);
            List<String> categories = new ArrayList<>();
            NodeList nodes = item.getElementsByTagNameNS("*", "category");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element category = (Element) nodes.item(i);
                categories.add(rss ? category.getTextContent() : category.getAttribute("term"));
            }
            assertThat(categories).containsExactly(HOSTILE_KEPT + " section " + hostileWord,
                    HOSTILE_KEPT + " tag " + hostileWord);
            String author = rss ? text(item, "creator") : text((Element) item.getElementsByTagNameNS(ATOM, "author")
                    .item(0), "name");
            assertThat(author).isEqualTo(HOSTILE_KEPT + " author " + hostileWord);
            if (feed.contains("full")) {
                String content = rss ? text(item, "encoded") : text(item, "content");
                assertThat(content).contains("<b>bold</b>").doesNotContain("<script", "alert(1)");
            }
            // No address (no template, no canonical URL): RSS goes without a link, Atom carries content.
            assertThat(rss ? item.getElementsByTagName("link").getLength()
                    : item.getElementsByTagNameNS(ATOM, "content").getLength()).isEqualTo(rss ? 0 : 1);
        }
    }

    @Test
    void cachingHeadersAndNotModified() {
        String url = "/feeds/tag/climate-" + word + "/rss.xml";
        Response first = given().get(url);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo(RSS_TYPE);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(given().get(url).header("ETag")).as("the same bytes, the same ETag").isEqualTo(etag);

        for (Map<String, String> headers : List.of(Map.of("If-None-Match", etag),
                Map.of("If-None-Match", "\"other\", W/" + etag), Map.of("If-Modified-Since", lastModified))) {
            Response cached = given().headers(headers).get(url);
            assertThat(cached.statusCode()).as("%s", headers).isEqualTo(304);
            assertThat(cached.asByteArray()).isEmpty();
            assertThat(cached.header("ETag")).isEqualTo(etag);
            assertThat(cached.header("Cache-Control")).isEqualTo("public, max-age=60");
        }
        assertThat(given().header("If-None-Match", "\"other\"").get(url).statusCode()).isEqualTo(200);
        assertThat(given().header("If-Modified-Since", "Mon, 01 Sep 2025 00:00:00 GMT").get(url).statusCode())
                .isEqualTo(200);
        // If-None-Match decides when both are sent (RFC 9110).
        assertThat(given().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified).get(url)
                .statusCode()).isEqualTo(200);
        assertThat(given().get("/feeds/tag/climate-" + word + "/atom.xml").header("ETag")).isNotEqualTo(etag);

        Response head = given().head(url);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(etag);
        assertThat(head.asByteArray()).isEmpty();
    }

    @Test
    void aChangeMakesANewETag() {
        String w = unique();
        String id = Imports.importDocument("e-" + w + ".md", markdown("Etag " + w).date(LocalDate.of(2025, 7, 1))
                .header("Tags: Etag " + w).build()).getString("article.id");
        String url = "/feeds/tag/etag-" + w + "/atom.xml";
        String before = given().get(url).header("ETag");
        GraphQL.editor().data("mutation($id: ID!) { unpublishArticle(id: $id) { id } }", Map.of("id", id));
        Response after = given().header("If-None-Match", before).get(url);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(after.header("Last-Modified")).as("an empty feed").isNull();
        assertThat(FeedTools.feedparser(after.asByteArray()).getList("entries")).isEmpty();
    }

    @Test
    void limitIsTwentyByDefaultAndAtMostAHundred() {
        String w = unique();
        for (int i = 0; i < 22; i++) {
            Imports.importDocument("many-" + i + "-" + w + ".md", markdown("Many " + i + " " + w)
                    .date(LocalDate.of(2025, 6, 1).plusDays(i)).header("Tags: Many " + w).build());
        }
        String feed = "/feeds/tag/many-" + w;
        assertThat(FeedTools.feedparser(ok(feed + "/rss.xml", null)).getList("entries")).hasSize(20);
        assertThat(FeedTools.feedparser(ok(feed + "/atom.xml?limit=1", null)).getList("entries.title"))
                .containsExactly("Many 21 " + w);
        assertThat(FeedTools.feedparser(ok(feed + "/rss.xml?limit=100", null)).getList("entries")).hasSize(22);
        for (String bad : List.of("0", "101", "-1", "ten", "1e2", "")) {
            Response response = given().get("/feeds/rss.xml?limit=" + bad);
            assertThat(response.statusCode()).as("limit=%s", bad).isEqualTo(400);
            assertThat(response.asString()).contains("limit must be a whole number from 1 to 100");
        }
        assertThat(given().get("/feeds/atom.xml?content=everything").statusCode()).isEqualTo(400);
    }

    @Test
    void everyFeedIsWellFormedForXmllint() {
        for (String feed : List.of("/feeds/rss.xml?limit=100&content=full", "/feeds/atom.xml?limit=100&content=full",
                "/feeds/section/world-" + word + "/rss.xml", "/feeds/tag/climate-" + word + "/atom.xml",
                "/feeds/author/ben-" + word + "/rss.xml", "/feeds/source/" + sourceSlug + "/atom.xml")) {
            FeedTools.xmllint(ok(feed, null));
        }
    }

    /** An article whose every text is hostile, published in a section of its own. */
    private static String hostileArticle() {
        String w = unique();
        String section = create("createSection", "SectionInput", Map.of("name", HOSTILE + " section " + w));
        String tag = create("createTag", "TagInput", Map.of("name", HOSTILE + " tag " + w));
        String author = create("createAuthor", "AuthorInput", Map.of("name", HOSTILE + " author " + w));
        Map<String, Object> input = Articles.input(HOSTILE + " title " + w,
                "<p>" + "Body <b>bold</b> &amp; ]]&gt; <script>alert(1)</script> \u0001 end.</p>");
        input.put("authorIds", List.of(author));
        String id = Articles.create(input).getString("id");
        GraphQL.editor().data("mutation($id: ID!, $s: ID) { setArticleSection(id: $id, sectionId: $s) { id } }",
                Map.of("id", id, "s", section));
        GraphQL.editor().data("mutation($id: ID!, $t: [String!]!) { setArticleTags(id: $id, tagIds: $t) { id } }",
                Map.of("id", id, "t", List.of(tag)));
        Articles.publish(id);
        return w;
    }

    private static String hostileSectionSlug() {
        return GraphQL.anonymous().data("{ sections { slug name } }").getList("data.sections", Map.class).stream()
                .filter(s -> ((String) s.get("name")).endsWith(" section " + hostileWord))
                .map(s -> (String) s.get("slug")).findFirst().orElseThrow();
    }

    private static String create(String mutation, String inputType, Map<String, Object> input) {
        return GraphQL.editor().data("mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { id } }",
                Map.of("input", input)).getString("data." + mutation + ".id");
    }

    /** The id of the section, tag or author with this slug. */
    private static String id(String type, String slug) {
        return GraphQL.anonymous().data("query($s: String!) { " + type + "(slug: $s) { id } }", Map.of("s", slug))
                .getString("data." + type + ".id");
    }

    private static byte[] ok(String url, String contentType) {
        Response response = given().get(url);
        assertThat(response.statusCode()).as("GET %s: %s", url, response.asString()).isEqualTo(200);
        if (contentType != null) {
            assertThat(response.contentType()).isEqualTo(contentType);
        }
        return response.asByteArray();
    }

    private static List<String> titles(String url) {
        byte[] body = ok(url, url.endsWith("rss.xml") ? RSS_TYPE : ATOM_TYPE);
        FeedTools.xmllint(body);
        List<String> titles = FeedTools.feedparser(body).getList("entries.title", String.class);
        assertThat(titles).doesNotContain(draftTitle);
        return titles;
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}

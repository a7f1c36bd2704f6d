package org.newsdesk.cms.directread;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An anonymous query with a plan gets, byte for byte, the answer the GraphQL engine
 * gives a signed-in reader (who sees what anonymous readers see, through the engine):
 * over many selections, aliases, page sizes and cursors, on both databases. Requests a
 * plan declines, and documents without one, get the engine's answer, errors included.
 */
@QuarkusTest
class DirectReadsApiTest {

    private static final String ARTICLE_FIELDS = "__typename id slug title status publishedAt createdAt updatedAt"
            + " scheduledAt version excerpt wordCount canonicalUrl authors { __typename id slug name kind }"
            + " source { __typename id slug name domain url }";

    private static String word;
    private static String draftId;
    private static final List<String> slugs = new ArrayList<>();

    @Inject
    MeterRegistry metrics;

    @BeforeEach
    void articlesWithAndWithoutSourcesAuthorsAndDrafts() {
        if (word != null) {
            return;
        }
        // Letters only, and always eight of them: a search word and a slug part (a UUID's digits
        // left out could leave one letter, or none).
        word = "zq" + unique().chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(Collectors.joining());
        for (int i = 0; i < 7; i++) {
            var document = markdown("Direct Story " + i + " \"quoted\" \u00e9\u2014 " + word)
                    .byline(i % 3 == 0 ? "By [Ann Direct " + word + "](#) and [AFP](#)" : "By Bo Direct " + word)
                    .date(LocalDate.of(2031, 5, 1 + i % 3))
                    .paragraph("Paragraph of direct story " + i + " with a \\ backslash and <b>markup</b>.");
            if (i % 2 == 0) {
                document.url("https://direct-" + word + ".example/" + i);
            }
            document.header("Section: Direct World " + word + (i % 2 == 0 ? " > Direct Europe " + word : ""))
                    .header("Tags: Direct Tag " + word + (i % 3 == 0 ? ", Third " + word : ""));
            if (i > 0) {
                document.related("Direct Story " + (i - 1) + " \"quoted\" \u00e9\u2014 " + word);
            }
            if (i % 3 == 1) {
                document.related("Direct Draft " + word); // resolves to a draft: null for readers
                document.related("A story nobody wrote " + word); // never resolves
            }
            slugs.add(Imports.importDocument("direct-" + i + ".md", document.build()).getString("article.slug"));
        }
        draftId = Articles.create(Articles.input("Direct Draft " + word, "<p>Never shown to readers.</p>")).getString("id");
    }

    @Test
    void plannedAnswersAreTheEnginesByteForByte() {
        List<String> selections = List.of(
                "nodes { title slug publishedAt authors { name } source { name } }",
                "nodes { " + ARTICLE_FIELDS + " }",
                "__typename totalCount pageInfo { __typename hasNextPage endCursor }",
                "edges { __typename cursor node { " + ARTICLE_FIELDS + " } } pageInfo { endCursor hasNextPage }",
                "first: nodes { t: title s: slug } pageInfo { end: endCursor } again: edges { node { title } }",
                "nodes { id source { id } } edges { cursor }");
        double before = directAnswers();
        int compared = 0;
        for (String selection : selections) {
            for (int first : new int[] { 0, 1, 3, 20, 100 }) {
                String query = "query($first: Int, $after: String) { articles(first: $first, after: $after) { "
                        + selection + " } }";
                String after = null;
                for (int page = 0; page < 3; page++) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("first", first);
                    variables.put("after", after);
                    String direct = answer(anonymous(), query, variables);
                    assertThat(direct).isEqualTo(answer(reader(), query, variables)).doesNotContain("\"errors\"");
                    compared++;
                    after = endCursor(query, variables);
                    if (after == null) {
                        break;
                    }
                }
            }
        }
        assertThat(directAnswers() - before).isEqualTo(compared);
    }

    @Test
    void anArticleBySlugOrIdWithItsRelatedLinks() {
        String query = "query($slug: String, $id: ID) { article(slug: $slug, id: $id) { " + ARTICLE_FIELDS
                + " related { __typename title url paragraph article { " + ARTICLE_FIELDS + " } } } }";
        String lean = "query($slug: String!) { a: article(slug: $slug) { title related { article { title slug } } }"
                + " b: article(slug: $slug) { related { t: title article { title slug } } } }";
        double before = directAnswers();
        int compared = 0;
        for (String slug : slugs) {
            String id = GraphQL.reader().data("query($s: String!) { article(slug: $s) { id } }", Map.of("s", slug))
                    .getString("data.article.id");
            for (Map<String, Object> variables : List.<Map<String, Object>> of(Map.of("slug", slug), Map.of("id", id),
                    Map.of("id", Integer.parseInt(id)))) {
                String direct = answer(anonymous(), query, variables);
                assertThat(direct).isEqualTo(answer(reader(), query, variables)).doesNotContain("\"errors\"");
                compared++;
            }
            assertThat(answer(anonymous(), lean, Map.of("slug", slug))).isEqualTo(answer(reader(), lean, Map.of("slug", slug)));
            compared++;
        }
        for (String missing : List.of("no-such-article-" + word, "")) {
            assertThat(answer(anonymous(), query, Map.of("slug", missing))).isEqualTo("{\"data\":{\"article\":null}}");
            compared++;
        }
        assertThat(directAnswers() - before).isEqualTo(compared);
        String linked = answer(anonymous(), query, Map.of("slug", slugs.get(1)));
        assertThat(linked).contains("Direct Story 0").contains("\"title\":\"Direct Draft " + word + "\"")
                .contains("\"title\":\"A story nobody wrote " + word + "\"").doesNotContain("Never shown");
    }

    @Test
    void searchResultsWithSnippetsTotalsAndPages() {
        String query = "query($q: String!, $first: Int, $after: String) { searchArticles(query: $q, first: $first,"
                + " after: $after) { __typename totalCount edges { __typename cursor score snippet node { "
                + ARTICLE_FIELDS + " } } pageInfo { hasNextPage endCursor } } }";
        double before = directAnswers();
        int compared = 0;
        for (String text : List.of(word, "direct " + word, "paragraph -nothing" + word, "\"direct story\" " + word,
                "zzznomatch" + word)) {
            for (int first : new int[] { 0, 2, 20 }) {
                Map<String, Object> variables = new HashMap<>(Map.of("q", text, "first", first));
                for (int page = 0; page < 3; page++) {
                    String direct = answer(anonymous(), query, variables);
                    assertThat(direct).isEqualTo(answer(reader(), query, variables)).doesNotContain("\"errors\"");
                    compared++;
                    var pageInfo = GraphQL.reader().data(query, variables).setRootPath("data.searchArticles.pageInfo");
                    if (!pageInfo.getBoolean("hasNextPage") || pageInfo.getString("endCursor") == null) {
                        break; // (an empty page has no cursor to page on)
                    }
                    variables.put("after", pageInfo.getString("endCursor"));
                }
            }
        }
        assertThat(directAnswers() - before).isEqualTo(compared);
        assertThat(answer(anonymous(), query, Map.of("q", word, "first", 20))).contains("Direct Story 6")
                .doesNotContain("Direct Draft");
        for (Map<String, Object> refused : List.<Map<String, Object>> of(Map.of("q", ""), Map.of("q", "x".repeat(5000)),
                Map.of("q", word, "after", "not-a-cursor"))) {
            assertThat(answer(anonymous(), query, refused)).contains("\"errors\"").isEqualTo(answer(reader(), query, refused));
        }
    }

    @Test
    void anAuthorsPageWithTheirLatestArticles() {
        String query = "query($s: String!, $first: Int, $after: String) { author(slug: $s) { __typename id slug name kind"
                + " articleCount articles(first: $first, after: $after) { totalCount nodes { " + ARTICLE_FIELDS
                + " related { title article { title } } } edges { cursor } pageInfo { hasNextPage endCursor } } } }";
        List<String> authorSlugs = GraphQL.reader().data("query($s: String!) { searchArticles(query: $s, first: 20) {"
                + " edges { node { authors { slug } } } } }", Map.of("s", word))
                .getList("data.searchArticles.edges.node.authors.flatten().slug", String.class).stream().distinct().toList();
        assertThat(authorSlugs).hasSizeGreaterThanOrEqualTo(3);
        double before = directAnswers();
        int compared = 0;
        for (String author : authorSlugs) {
            for (int first : new int[] { 0, 2, 20 }) {
                Map<String, Object> variables = new HashMap<>(Map.of("s", author, "first", first));
                for (int page = 0; page < 3; page++) {
                    assertThat(answer(anonymous(), query, variables)).isEqualTo(answer(reader(), query, variables))
                            .doesNotContain("\"errors\"").doesNotContain("\"status\":\"DRAFT\"");
                    compared++;
                    var pageInfo = GraphQL.reader().data(query, variables).setRootPath("data.author.articles.pageInfo");
                    if (!pageInfo.getBoolean("hasNextPage") || pageInfo.getString("endCursor") == null) {
                        break;
                    }
                    variables.put("after", pageInfo.getString("endCursor"));
                }
            }
        }
        Map<String, Object> nobody = Map.of("s", "nobody-" + word, "first", 2);
        assertThat(answer(anonymous(), query, nobody)).isEqualTo("{\"data\":{\"author\":null}}");
        assertThat(directAnswers() - before).isEqualTo(compared + 1);
        Map<String, Object> tooMany = Map.of("s", authorSlugs.get(0), "first", 101);
        assertThat(answer(anonymous(), query, tooMany)).contains("\"errors\"").isEqualTo(answer(reader(), query, tooMany));
    }

    /**
     * Two aliases of {@code related} whose linked articles show different fields: each gets
     * what it selected (as through the engine: http/BatchPerOccurrenceApiTest).
     */
    @Test
    void aliasesOfRelatedLinksEachGetTheirFields() {
        String query = "query($slug: String!) { a: article(slug: $slug) { related { article { title } } }"
                + " b: article(slug: $slug) { related { article { excerpt source { name } } } } }";
        var answer = GraphQL.anonymous().data(query, Map.of("slug", slugs.get(1)));
        assertThat(answer.getString("data.a.related[0].article.title")).startsWith("Direct Story 0");
        assertThat(answer.getString("data.b.related[0].article.excerpt")).startsWith("Paragraph of direct story 0");
        assertThat(answer.getString("data.b.related[0].article.source.name")).isNotBlank();
    }

    /** The same for two pages of one author's articles: each alias gets its own page size. */
    @Test
    void aliasesOfAnAuthorsArticlesEachGetTheirPage() {
        String author = GraphQL.reader().data("query($s: String!) { article(slug: $s) { authors { slug } } }",
                Map.of("s", slugs.get(1))).getString("data.article.authors[0].slug");
        var answer = GraphQL.anonymous().data("query($s: String!) { author(slug: $s) {"
                + " one: articles(first: 1) { nodes { slug } } three: articles(first: 3) { nodes { slug } } } }",
                Map.of("s", author)).setRootPath("data.author");
        assertThat(answer.getList("one.nodes")).hasSize(1);
        assertThat(answer.getList("three.nodes")).hasSize(3);
    }

    @Test
    void literalsAndTheDefaultPageSizeToo() {
        List<String> queries = List.of("{ articles { nodes { slug } } }", "{ articles(first: 2) { nodes { slug } } }",
                "{ articles(first: 2, after: null) { totalCount } }", "{ __typename a: articles(first: 1) { nodes { title } } }",
                "query Named { articles(first: 4) { edges { node { title } cursor } } }");
        double before = directAnswers();
        for (String query : queries) {
            assertThat(answer(anonymous(), query, Map.of())).isEqualTo(answer(reader(), query, Map.of()));
        }
        assertThat(directAnswers() - before).isEqualTo(queries.size());
    }

    /**
     * Section, tag, source and author pages: a filter by slug, given as a variable or
     * written out, each page of it as the engine answers it; unknown slugs list nothing.
     */
    @Test
    void filteredListsAreTheEnginesByteForByte() {
        var first = GraphQL.reader().data("query($s: String!) { article(slug: $s) { section { slug parent { slug } }"
                + " tags { slug } source { slug } authors { slug } } }", Map.of("s", slugs.get(0))).setRootPath("data.article");
        Map<String, String> slugsOf = Map.of("section", first.getString("section.parent.slug"),
                "subsection", first.getString("section.slug"), "tag", first.getString("tags[1].slug"),
                "sourceSlug", first.getString("source.slug"), "authorSlug", first.getString("authors[0].slug"));
        List<Map<String, Object>> filters = new ArrayList<>(List.of(Map.of("section", slugsOf.get("section")),
                Map.of("section", slugsOf.get("subsection")), Map.of("tag", slugsOf.get("tag")),
                Map.of("sourceSlug", slugsOf.get("sourceSlug")), Map.of("authorSlug", slugsOf.get("authorSlug")),
                Map.of("section", slugsOf.get("section"), "tag", slugsOf.get("tag")), Map.of("section", "none-" + word),
                Map.of("tag", "none-" + word), Map.of()));
        HashMap<String, Object> withNull = new HashMap<>(Map.of("tag", slugsOf.get("tag")));
        withNull.put("section", null);
        filters.add(withNull);
        String query = "query($first: Int, $after: String, $filter: ArticleFilter) { articles(first: $first, after: $after,"
                + " filter: $filter) { totalCount nodes { " + ARTICLE_FIELDS + " } edges { cursor }"
                + " pageInfo { hasNextPage endCursor } } }";
        String written = "query($first: Int, $after: String, $section: String) { articles(first: $first, after: $after,"
                + " filter: { section: $section, tag: \"" + slugsOf.get("tag") + "\" }) { nodes { title } pageInfo { endCursor } } }";
        double before = directAnswers();
        int compared = 0;
        for (Map<String, Object> filter : filters) {
            for (int pageSize : new int[] { 2, 20 }) {
                Map<String, Object> variables = new HashMap<>(Map.of("first", pageSize, "filter", filter));
                for (int page = 0; page < 4; page++) {
                    String direct = answer(anonymous(), query, variables);
                    assertThat(direct).isEqualTo(answer(reader(), query, variables)).doesNotContain("\"errors\"");
                    compared++;
                    var pageInfo = GraphQL.reader().data(query, variables).setRootPath("data.articles.pageInfo");
                    if (!pageInfo.getBoolean("hasNextPage")) {
                        break;
                    }
                    variables.put("after", pageInfo.getString("endCursor"));
                }
            }
        }
        // Each once: the read cache would answer a repeat.
        for (Object section : Arrays.asList(slugsOf.get("section"), slugsOf.get("subsection"), "none-" + word, null)) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 3));
            variables.put("section", section);
            assertThat(answer(anonymous(), written, variables)).isEqualTo(answer(reader(), written, variables));
            compared++;
        }
        assertThat(directAnswers() - before).isEqualTo(compared);
        assertThat(GraphQL.anonymous().data(query, Map.of("first", 20, "filter", Map.of("section", slugsOf.get("subsection"))))
                .getList("data.articles.nodes.title", String.class)).hasSize(4).allMatch(title -> title.startsWith("Direct Story"));
    }

    /** Filters with a field or value a plan does not read go to the engine, which says what is wrong. */
    @Test
    void otherFiltersGoToTheEngine() {
        String query = "query($filter: ArticleFilter) { articles(first: 3, filter: $filter) { nodes { slug } } }";
        double before = directAnswers();
        for (Map<String, Object> filter : List.<Map<String, Object>> of(Map.of("status", "PUBLISHED"),
                Map.of("publishedAfter", "2031-05-02T00:00:00Z"), Map.of("section", 12), Map.of("nope", "x"))) {
            Map<String, Object> variables = Map.of("filter", filter);
            assertThat(answer(anonymous(), query, variables)).isEqualTo(answer(reader(), query, variables));
        }
        assertThat(answer(anonymous(), query, Map.of("filter", "europe"))).contains("\"errors\"");
        assertThat(directAnswers()).isEqualTo(before);
    }

    @Test
    void declinedRequestsGetTheEnginesErrors() {
        String query = "query($first: Int, $after: String) { articles(first: $first, after: $after) { nodes { slug } } }";
        List<Map<String, Object>> refused = new ArrayList<>();
        refused.add(Map.of("first", 101));
        refused.add(Map.of("first", -1));
        refused.add(Map.of("first", "twenty"));
        refused.add(Map.of("after", "not-a-cursor"));
        refused.add(Map.of("after", 12));
        for (Map<String, Object> variables : refused) {
            String direct = answer(anonymous(), query, variables);
            assertThat(direct).contains("\"errors\"").isEqualTo(answer(reader(), query, variables));
        }
    }

    @Test
    void documentsWithoutAPlanGoToTheEngine() {
        List<String> unplanned = List.of(
                "{ articles(first: 2, filter: { status: PUBLISHED }) { nodes { slug } } }",
                "{ articles(first: 2) { nodes { slug body } } }",
                "{ articles(first: 2) { nodes { ...F } } } fragment F on Article { slug }",
                "query($s: Boolean!) { articles(first: 2) { nodes { slug @include(if: $s) } } }",
                "{ articles(first: 2) { nodes { slug image { caption } } } }",
                "{ articles(first: 2) { nodes { slug nope } } }",
                "query($unused: Int) { articles(first: 2) { nodes { slug } } }",
                "{ sources { slug } }");
        double before = directAnswers();
        for (String query : unplanned) {
            Map<String, Object> variables = query.contains("$s") ? Map.of("s", true) : Map.of();
            assertThat(answer(anonymous(), query, variables)).isEqualTo(answer(reader(), query, variables));
        }
        assertThat(directAnswers()).isEqualTo(before);
    }

    @Test
    void concurrentReadsQueueForAFewThreadsPerCore() throws Exception {
        String query = "query($first: Int, $after: String) { articles(first: $first, after: $after) { nodes { slug } } }";
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int first = 1; first <= 24; first++) {
            pages.add(Map.of("first", first));
        }
        List<String> expected = pages.stream().map(variables -> answer(reader(), query, variables)).toList();
        double before = directAnswers();

        var requests = Executors.newFixedThreadPool(pages.size());
        try {
            var answers = requests.invokeAll(pages.stream()
                    .<Callable<String>> map(variables -> () -> answer(anonymous(), query, variables))
                    .toList());
            for (int i = 0; i < pages.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            requests.shutdown();
        }

        assertThat(directAnswers()).isGreaterThanOrEqualTo(before + pages.size());
        long poolThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(DirectReads.POOL)).count();
        assertThat(poolThreads).isBetween(1L, 2L * Runtime.getRuntime().availableProcessors());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("worker_pool_completed_total\\{pool_name=\"" + DirectReads.POOL + "\".*} [1-9]");
    }

    @Test
    void draftsStayHidden() {
        String query = "{ articles(first: 100) { nodes { title status } } }";
        String direct = answer(anonymous(), query, Map.of());
        assertThat(direct).contains("Direct Story").doesNotContain("Direct Draft").doesNotContain("DRAFT");
        String byId = "query($id: ID) { article(id: $id) { title status } }";
        assertThat(answer(anonymous(), byId, Map.of("id", draftId))).isEqualTo("{\"data\":{\"article\":null}}");
        assertThat(GraphQL.editor().data(byId, Map.of("id", draftId)).getString("data.article.status")).isEqualTo("DRAFT");
    }

    /** The next page's cursor, asked through the engine (so that only the compared requests count); null at the end. */
    private static String endCursor(String query, Map<String, Object> variables) {
        var pageInfo = GraphQL.reader().data("query($first: Int, $after: String) { articles(first: $first, after: $after)"
                + " { pageInfo { endCursor hasNextPage } } }", variables).setRootPath("data.articles.pageInfo");
        return pageInfo.getBoolean("hasNextPage") ? pageInfo.getString("endCursor") : null;
    }

    private double directAnswers() {
        var timer = metrics.find("cms.graphql.direct").tag("outcome", "answered").timer();
        return timer == null ? 0 : timer.count();
    }

    private static RequestSpecification anonymous() {
        return given();
    }

    private static RequestSpecification reader() {
        return given().auth().preemptive().basic("reader", GraphQL.READER_PASSWORD);
    }

    private static String answer(RequestSpecification caller, String query, Map<String, Object> variables) {
        Response response = caller.contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.asString();
    }
}

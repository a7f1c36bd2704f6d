package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A list or an article that shows no excerpt, word count, picture or canonical URL is read
 * without them; every query that shows one, however it asks (directly, in a fragment, under
 * search results or a related link), still gets it.
 */
@QuarkusTest
class ArticleDetailsApiTest {

    private static String word;
    private static String slug;

    @Inject
    ArticleReads reads;

    @BeforeEach
    void anArticleWithEveryDetail() {
        if (slug != null) {
            return;
        }
        word = "zqdetails" + unique().replaceAll("[^a-z]", "");
        String other = Imports.importDocument("details-other.md", markdown("Detailed other story " + word)
                .byline("By Lee Other").date(LocalDate.of(2024, 3, 1)).url("https://details.example/other-" + word)
                .paragraph("The other story's only paragraph.").build()).getString("article.slug");
        assertThat(other).isNotBlank();
        slug = Imports.importDocument("details.md", markdown("Detailed story " + word)
                .byline("By Ann Details")
                .date(LocalDate.of(2024, 3, 2))
                .url("https://details.example/story-" + word)
                .paragraph("Ministers meet in Paris. **Details Photo Agency**")
                .paragraph("First paragraph of the detailed story about " + word + ", long enough to be its excerpt.")
                .paragraph("Second paragraph.")
                .related("Detailed other story " + word)
                .build()).getString("article.slug");
    }

    private static final String DETAILS = "excerpt wordCount canonicalUrl image { caption credit }";

    private Map<String, Object> detailsOfTheArticle() {
        return GraphQL.anonymous().data("query($s: String!) { article(slug: $s) { " + DETAILS + " } }", Map.of("s", slug))
                .getMap("data.article");
    }

    @Test
    void theArticleShowsItsDetails() {
        Map<String, Object> details = detailsOfTheArticle();

        assertThat((String) details.get("excerpt")).startsWith("First paragraph of the detailed story");
        assertThat((Integer) details.get("wordCount")).isGreaterThan(10);
        assertThat(details.get("canonicalUrl")).isEqualTo("https://details.example/story-" + word);
        assertThat(details.get("image")).isEqualTo(Map.of("caption", "Ministers meet in Paris.", "credit", "Details Photo Agency"));
    }

    @Test
    void aListShowsTheDetailsWhereverTheQueryAsksForThem() {
        Map<String, Object> expected = detailsOfTheArticle();
        String sourceSlug = GraphQL.anonymous().data("{ sources { slug domain } }")
                .getList("data.sources", Map.class).stream().filter(source -> "details.example".equals(source.get("domain")))
                .map(source -> (String) source.get("slug")).findFirst().orElseThrow();
        String filter = "filter: { sourceSlug: \"" + sourceSlug + "\" }";
        String direct = "{ articles(first: 5, " + filter + ") { nodes { slug " + DETAILS + " } } }";
        String inFragment = "query { articles(first: 5, " + filter + ") { edges { node { slug ...Shown } } } }"
                + " fragment Shown on Article { " + DETAILS + " }";
        String inlineFragment = "{ articles(first: 5, " + filter + ") { nodes { slug ... on Article { " + DETAILS + " } } } }";

        for (String query : List.of(direct, inFragment, inlineFragment)) {
            var data = GraphQL.anonymous().data(query);
            String path = query.contains("edges") ? "data.articles.edges.node" : "data.articles.nodes";
            Map<String, Object> found = data.getList(path, Map.class).stream().filter(node -> slug.equals(node.get("slug")))
                    .findFirst().orElseThrow(() -> new AssertionError("not listed: " + query));
            assertThat(found).as(query).containsAllEntriesOf(expected);
        }
    }

    @Test
    void searchResultsAndRelatedLinksShowTheDetailsWhenAsked() {
        Map<String, Object> expected = detailsOfTheArticle();
        var found = GraphQL.anonymous().data("query($q: String!) { searchArticles(query: $q, first: 5) { edges { node { slug "
                + DETAILS + " } } } }", Map.of("q", "detailed story " + word)).getList("data.searchArticles.edges.node", Map.class);
        assertThat(found).filteredOn(node -> slug.equals(node.get("slug"))).singleElement()
                .satisfies(node -> assertThat(node).containsAllEntriesOf(expected));

        var related = GraphQL.anonymous().data("query($s: String!) { article(slug: $s) { related { article { slug excerpt canonicalUrl } } } }",
                Map.of("s", slug)).getMap("data.article.related[0].article");
        assertThat(related.get("canonicalUrl")).isEqualTo("https://details.example/other-" + word);
        assertThat((String) related.get("excerpt")).startsWith("The other story");
    }

    @Test
    void aQueryThatShowsNoDetailsGetsItsFieldsRight() {
        var article = GraphQL.anonymous().data("query($s: String!) { article(slug: $s) { title slug publishedAt authors { name } "
                + "source { name } related { article { title } } } }", Map.of("s", slug)).getMap("data.article");

        assertThat(article.get("title")).isEqualTo("Detailed story " + word);
        assertThat((String) article.get("publishedAt")).startsWith("2024-03-02T00:00");
        assertThat(article.get("authors")).isEqualTo(List.of(Map.of("name", "Ann Details")));
        assertThat(article.get("related")).isEqualTo(List.of(Map.of("article", Map.of("title", "Detailed other story " + word))));
    }

    @Test
    void withoutDetailsTheyAreNotRead() {
        ArticleQuery query = ArticleQuery.of(Viewer.READER, null, ArticleOrder.PUBLISHED_AT_DESC, null);
        ArticleView lean = reads.bySlug(slug, Viewer.READER, new ArticleReads.Fetch(false, false, false)).orElseThrow();
        ArticleView full = reads.bySlug(slug, Viewer.READER, ArticleReads.Fetch.PLAIN).orElseThrow();

        assertThat(lean.getExcerpt()).isNull();
        assertThat(lean.getImage()).isNull();
        assertThat(lean.getCanonicalUrl()).isNull();
        assertThat(lean.getTitle()).isEqualTo(full.getTitle());
        assertThat(lean.getPublishedAt()).isEqualTo(full.getPublishedAt());
        assertThat(lean.getVersion()).isEqualTo(full.getVersion());
        assertThat(full.getExcerpt()).isNotBlank();
        assertThat(full.getCanonicalUrl()).isNotBlank();
        assertThat(reads.page(query, null, 5, new ArticleReads.Fetch(false, true, false))).isNotEmpty()
                .allSatisfy(view -> assertThat(view.getExcerpt()).isNull());
    }
}

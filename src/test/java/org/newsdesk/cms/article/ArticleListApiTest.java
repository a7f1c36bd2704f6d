package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Listing, filtering, ordering and cursor pagination of articles through /graphql. */
@QuarkusTest
class ArticleListApiTest {

    private static final int ARTICLES = 7;
    private static final String AUTHOR = "Pagination Writer " + unique();
    private static final String AUTHOR_SLUG = AUTHOR.toLowerCase().replace(' ', '-');
    private static final List<String> slugs = new ArrayList<>();

    private static final String PAGE = """
            query($first: Int, $after: String, $filter: ArticleFilter, $order: ArticleOrder) {
              articles(first: $first, after: $after, filter: $filter, orderBy: $order) {
                totalCount
                edges { cursor node { slug title publishedAt } }
                nodes { slug }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @BeforeEach // not @BeforeAll: the application is only up once the test instance exists
    void importArticlesByOneAuthor() {
        if (!slugs.isEmpty()) {
            return;
        }
        for (int day = 1; day <= ARTICLES; day++) {
            JsonPath item = Imports.importDocument("page-" + day + ".md", markdown("Paging Story " + day + " " + unique())
                    .byline("By " + AUTHOR)
                    .date(LocalDate.of(2024, 3, day))
                    .build());
            slugs.add(item.getString("article.slug"));
        }
    }

    private static List<String> newestFirst() {
        List<String> reversed = new ArrayList<>(slugs);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static Map<String, Object> filterByAuthor() {
        return Map.of("authorSlug", AUTHOR_SLUG);
    }

    private static JsonPath page(int first, String after, String order) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filterByAuthor());
        variables.put("order", order);
        return GraphQL.anonymous().data(PAGE, variables).setRootPath("data.articles");
    }

    @Test
    void cursorsWalkTheWholeListOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonPath page = page(3, after, "PUBLISHED_AT_DESC");
            seen.addAll(page.getList("nodes.slug", String.class));
            assertThat(page.getList("edges.node.slug")).isEqualTo(page.getList("nodes.slug"));
            more = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(newestFirst());
    }

    @Test
    void ascendingAndTitleOrdersAreHonoured() {
        assertThat(page(100, null, "PUBLISHED_AT_ASC").getList("nodes.slug", String.class)).containsExactlyElementsOf(slugs);
        List<String> titles = page(100, null, "TITLE_ASC").getList("edges.node.title", String.class);
        assertThat(titles).isSorted().hasSize(ARTICLES);
    }

    @Test
    void totalCountCountsTheFilteredListNotThePage() {
        JsonPath page = page(2, null, "PUBLISHED_AT_DESC");
        assertThat(page.getInt("totalCount")).isEqualTo(ARTICLES);
        assertThat(page.getList("nodes")).hasSize(2);
    }

    @Test
    void dateFilterKeepsTheRange() {
        Map<String, Object> filter = Map.of("authorSlug", AUTHOR_SLUG,
                "publishedAfter", "2024-03-03T00:00:00Z", "publishedBefore", "2024-03-05T00:00:00Z");
        List<String> inRange = GraphQL.anonymous().data(PAGE, Map.of("first", 100, "filter", filter))
                .getList("data.articles.nodes.slug", String.class);
        assertThat(inRange).containsExactly(slugs.get(3), slugs.get(2));
    }

    @Test
    void authorPagesTheirArticlesWithCursors() {
        String query = """
                query($slug: String!, $after: String) { author(slug: $slug) {
                  name articleCount articles(first: 4, after: $after) { nodes { slug } pageInfo { hasNextPage endCursor } }
                } }""";
        JsonPath first = GraphQL.anonymous().data(query, Map.of("slug", AUTHOR_SLUG)).setRootPath("data.author");
        assertThat(first.getInt("articleCount")).isEqualTo(ARTICLES);
        assertThat(first.getBoolean("articles.pageInfo.hasNextPage")).isTrue();
        Map<String, Object> next = new HashMap<>(Map.of("slug", AUTHOR_SLUG));
        next.put("after", first.getString("articles.pageInfo.endCursor"));
        JsonPath second = GraphQL.anonymous().data(query, next).setRootPath("data.author");

        List<String> all = new ArrayList<>(first.getList("articles.nodes.slug", String.class));
        all.addAll(second.getList("articles.nodes.slug", String.class));
        assertThat(all).containsExactlyElementsOf(newestFirst());
        assertThat(second.getBoolean("articles.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void articleByIdAndBySlugAgree() {
        JsonPath bySlug = GraphQL.anonymous().data("query($s: String) { article(slug: $s) { id title } }",
                Map.of("s", slugs.get(0))).setRootPath("data.article");
        JsonPath byId = GraphQL.anonymous().data("query($id: ID) { article(id: $id) { id title } }",
                Map.of("id", bySlug.getString("id"))).setRootPath("data.article");
        assertThat(byId.getString("title")).isEqualTo(bySlug.getString("title"));
    }

    @Test
    void absentArticleIsNull() {
        assertThat(GraphQL.anonymous().data("{ a: article(slug: \"no-such-article\") { id } b: article(id: \"999999999\") { id } }")
                .getMap("data")).containsEntry("a", null).containsEntry("b", null);
    }

    @Test
    void badArgumentsAnswerBadRequest() {
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ articles(first: 101) { totalCount } }"))).isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ articles(first: -1) { totalCount } }"))).isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ articles(after: \"not-a-cursor\") { totalCount } }")))
                .isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ article { id } }"))).isEqualTo("BAD_REQUEST");
        String titleCursor = page(1, null, "TITLE_ASC").getString("pageInfo.endCursor");
        JsonPath mixed = GraphQL.anonymous().post("query($a: String) { articles(after: $a) { totalCount } }", Map.of("a", titleCursor));
        assertThat(GraphQL.errorCode(mixed)).isEqualTo("BAD_REQUEST");
        assertThat(mixed.getString("errors[0].message")).contains("cursor");
    }
}

package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;
import org.newsdesk.cms.support.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * No N+1: the SQL statements a query costs do not grow with the page size, because
 * every nested field under a list is batch-loaded. Counted with Hibernate's
 * statistics, never timed.
 */
@QuarkusTest
class StatementCountTest {

    private static final int ARTICLES = 60;
    private static String source;
    private static String slug;
    private static String word;

    private static final String Q2 = """
            query($first: Int, $source: String) { articles(first: $first, filter: { sourceSlug: $source }) {
              nodes { slug title authors { name } source { name } related { title article { title } } relatedBy { slug } }
              pageInfo { endCursor } } }""";

    private static final String Q1 = """
            query($slug: String) { article(slug: $slug) {
              title authors { name kind } source { name } related { title article { title authors { name } } } } }""";

    @BeforeEach
    void articlesWithAuthorsSourcesAndLinks() {
        if (source != null) {
            return;
        }
        String word = unique();
        String domain = "counting-" + word + ".example";
        for (int i = 0; i < ARTICLES; i++) {
            var doc = markdown("Counted Story " + i + " " + word)
                    .byline("By [Writer " + (i % 7) + " " + word + "](#) and [AFP](#)")
                    .date(LocalDate.of(2024, 1, 1).plusDays(i))
                    .url("https://www." + domain + "/" + i)
                    .header("Section: Counting " + word + (i % 2 == 0 ? "" : " > Odd " + word))
                    .header("Tags: Counted " + word + ", Tag " + (i % 3) + " " + word)
                    .paragraph("Paragraph of story " + i + ".");
            if (i > 0) {
                doc.related("Counted Story " + (i - 1) + " " + word);
            }
            slug = Imports.importDocument("counted-" + i + ".md", doc.build()).getString("article.slug");
        }
        source = domain;
        StatementCountTest.word = word;
    }

    private long statements(String query, Map<String, Object> variables) {
        return Statements.during(() -> GraphQL.reader().data(query, variables)); // signed in: never answered from the read cache
    }

    @Test
    void listQueryCostsTheSameForFiveAndFiftyArticles() {
        String sourceSlug = GraphQL.anonymous().data("{ sources { slug domain } }").getList("data.sources", Map.class)
                .stream().filter(s -> source.equals(s.get("domain"))).map(s -> (String) s.get("slug")).findFirst().orElseThrow();
        long five = statements(Q2, Map.of("first", 5, "source", sourceSlug));
        long fifty = statements(Q2, Map.of("first", 50, "source", sourceSlug));

        assertThat(fifty).as("statements for 50 articles").isEqualTo(five);
        assertThat(five).as("statements for one page").isLessThanOrEqualTo(8);
    }

    @Test
    void aSectionPageCostsWhatATagPageCostsWhateverItsSize() {
        String page = "query($slug: String!, $first: Int) { %s(slug: $slug) { name articleCount"
                + " articles(first: $first) { nodes { title authors { name } source { name } } } } }";
        String section = page.formatted("section");
        String tag = page.formatted("tag");
        // The section tree is read once for the section, its count and its articles.
        long sectionPage = statements(section, Map.of("slug", "counting-" + word, "first", 20));
        assertThat(statements(section, Map.of("slug", "counting-" + word, "first", 3))).isEqualTo(sectionPage);
        assertThat(sectionPage).isEqualTo(statements(tag, Map.of("slug", "counted-" + word, "first", 20)));
        assertThat(sectionPage).isLessThanOrEqualTo(4);
    }

    @Test
    void aPageWithAuthorsAndSourcesIsOneStatement() {
        String page = "query($first: Int) { articles(first: $first) { nodes { title slug publishedAt"
                + " authors { name } source { name } } pageInfo { endCursor } } }";
        assertThat(statements(page, Map.of("first", 20))).isEqualTo(1);
    }

    @Test
    void anArticlePageWithAuthorsSourceAndRelatedTitlesIsTwoStatements() {
        String article = "query($slug: String) { article(slug: $slug) { title authors { name } source { name }"
                + " related { title article { title slug } } } }";
        assertThat(statements(article, Map.of("slug", slug))).isEqualTo(2);
    }

    @Test
    void aBodyIsReadOnlyForTheArticlesThatShowIt() {
        String bodies = "query($first: Int) { articles(first: $first) { nodes { title body(format: TEXT) } } }";
        assertThat(statements(bodies, Map.of("first", 20))).isEqualTo(1);
    }

    @Test
    void anAnonymousAuthorPageCountsInTheStatementOfItsFirstPage() {
        String page = "query($s: String!) { author(slug: $s) { name articleCount articles(first: 3) {"
                + " nodes { title source { name } } } } }";
        // Anonymous: answered by the read plan (the first time: nothing is cached yet).
        JsonPath[] answer = new JsonPath[1];
        long planned = Statements.during(() -> answer[0] = GraphQL.anonymous().data(page, Map.of("s", "writer-1-" + word)));
        // Writer 1 bylines stories 1, 8, 15 … 57: nine, more than the page holds.
        assertThat(answer[0].getInt("data.author.articleCount")).isEqualTo(9);
        assertThat(answer[0].getList("data.author.articles.nodes")).hasSize(3);
        assertThat(planned).as("the author, the page's ids with the count, the page's rows").isEqualTo(3);

        // An author with a draft only: counted 0, as the engine counts for a reader.
        String draftsOnly = GraphQL.editor().data("mutation($name: String!) { createAuthor(input: { name: $name }) { id slug } }",
                Map.of("name", "Drafting " + word)).getString("data.createAuthor.slug");
        String authorId = GraphQL.reader().data("query($s: String!) { author(slug: $s) { id } }", Map.of("s", draftsOnly))
                .getString("data.author.id");
        GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }", Map.of("in",
                Map.of("title", "Draft by " + word, "body", "<p>Not yet.</p>", "authorIds", List.of(authorId))));
        JsonPath drafting = GraphQL.anonymous().data(page, Map.of("s", draftsOnly));
        assertThat(drafting.getInt("data.author.articleCount")).isZero();
        assertThat(drafting.getList("data.author.articles.nodes")).isEmpty();
        assertThat(drafting.prettify()).isEqualTo(GraphQL.reader().data(page, Map.of("s", draftsOnly)).prettify());
    }

    @Test
    void sectionAndTagPagesCostWhatThePlainListCostsPlusTheSectionTree() {
        String list = "query($first: Int, $filter: ArticleFilter) { articles(first: $first, filter: $filter) {"
                + " nodes { title slug publishedAt authors { name } source { name } } } }";
        long plain = statements(list, Map.of("first", 20));
        // The section's subtree is read first (one small statement), so that the list's
        // statement looks up ids instead of walking the tree for every row it considers.
        assertThat(statements(list, Map.of("first", 20, "filter", Map.of("section", "counting-" + word))))
                .isEqualTo(plain + 1);
        assertThat(statements(list, Map.of("first", 5, "filter", Map.of("section", "counting-" + word))))
                .isEqualTo(plain + 1);
        assertThat(statements(list, Map.of("first", 20, "filter", Map.of("tag", "counted-" + word))))
                .isEqualTo(plain);
    }

    @Test
    void sectionsAndTagsWithTheirArticlesCostTheSameForFewAndMany() {
        String section = "query($first: Int) { section(slug: \"counting-" + word + "\") { articleCount children { slug }"
                + " articles(first: $first) { nodes { title section { name } tags { name } authors { name } } } } }";
        assertThat(statements(section, Map.of("first", 50))).isEqualTo(statements(section, Map.of("first", 5)));
        String tags = "query($first: Int) { tags(first: 50) { nodes { name articleCount articles(first: $first) {"
                + " nodes { title tags { slug } } } } } }";
        assertThat(statements(tags, Map.of("first", 50))).isEqualTo(statements(tags, Map.of("first", 5)));
    }

    @Test
    void ninjsOfAPageCostsTheSameForFewAndMany() {
        String query = "query($first: Int) { articles(first: $first) { nodes { slug ninjs } } }";
        long five = statements(query, Map.of("first", 5));
        assertThat(statements(query, Map.of("first", 50))).isEqualTo(five);
        assertThat(five).as("the page with its authors, then bodies, tags and links").isEqualTo(4);
    }

    @Test
    void singleArticleQueryIsAFewStatements() {
        assertThat(statements(Q1, Map.of("slug", slug))).isLessThanOrEqualTo(6);
    }

    @Test
    void authorsWithTheirArticlesCostTheSameForFewAndMany() {
        String query = "query($first: Int) { authors(first: $first) { nodes { name articleCount articles(first: 3) {"
                + " nodes { title source { name } } } } } }";
        assertThat(statements(query, Map.of("first", 50))).isEqualTo(statements(query, Map.of("first", 5)));
    }
}

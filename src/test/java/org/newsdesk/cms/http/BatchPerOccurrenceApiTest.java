package org.newsdesk.cms.http;

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
 * Through the GraphQL engine (signed in: no plan, no cache), each occurrence of a
 * batched field gets its own arguments and selection, and occurrences that agree still
 * load in one batch.
 */
@QuarkusTest
class BatchPerOccurrenceApiTest {

    private static final int STORIES = 5;
    private static String word;
    private static String author;
    private static String newest;
    private static String sourceSlug;

    @BeforeEach
    void storiesByOneWriterEachLinkedToTheOneBefore() {
        if (word != null) {
            return;
        }
        word = unique();
        for (int i = 0; i < STORIES; i++) {
            var document = markdown("Occurrence Story " + i + " " + word).byline("By Oda Occurrence " + word)
                    .date(LocalDate.of(2032, 3, 1 + i)).url("https://occurrence-" + word + ".example/" + i)
                    .paragraph("Paragraph of occurrence story " + i + ".");
            if (i > 0) {
                document.related("Occurrence Story " + (i - 1) + " " + word);
            }
            newest = Imports.importDocument("occurrence-" + i + ".md", document.build()).getString("article.slug");
        }
        JsonPath article = GraphQL.reader().data("query($s: String!) { article(slug: $s) { authors { slug } source { slug } } }",
                Map.of("s", newest)).setRootPath("data.article");
        author = article.getString("authors[0].slug");
        sourceSlug = article.getString("source.slug");
    }

    @Test
    void twoPagesOfOneAuthorsArticlesEachGetTheirSize() {
        JsonPath answer = GraphQL.reader().data("query($s: String!) { author(slug: $s) {"
                + " one: articles(first: 1) { nodes { slug } } three: articles(first: 3) { nodes { slug } }"
                + " all: articles { nodes { title } } } }", Map.of("s", author)).setRootPath("data.author");

        assertThat(answer.getList("one.nodes.slug")).containsExactly(newest);
        assertThat(answer.getList("three.nodes.slug")).hasSize(3).startsWith(newest);
        assertThat(answer.getList("all.nodes.title", String.class)).hasSize(STORIES)
                .allMatch(title -> title.startsWith("Occurrence Story"));
    }

    @Test
    void twoRelatedListsWhoseArticlesShowDifferentFieldsEachGetTheirs() {
        JsonPath answer = GraphQL.reader().post("query($s: String!) { a: article(slug: $s) { related { article { title } } }"
                + " b: article(slug: $s) { related { article { excerpt source { slug } } } } }", Map.of("s", newest));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getString("data.a.related[0].article.title")).isEqualTo("Occurrence Story 3 " + word);
        assertThat(answer.getString("data.b.related[0].article.excerpt")).startsWith("Paragraph of occurrence story 3");
        assertThat(answer.getString("data.b.related[0].article.source.slug")).isEqualTo(sourceSlug);
    }

    /** The same answers as the plans give anonymous readers, which never batched them together. */
    @Test
    void theEngineAnswersAsThePlansDo() {
        String query = "query($s: String!) { author(slug: $s) { name a: articles(first: 2) { nodes { slug } }"
                + " b: articles(first: 4) { nodes { title } totalCount } } }";
        assertThat(GraphQL.reader().post(query, Map.of("s", author)).prettify())
                .isEqualTo(GraphQL.anonymous().post(query, Map.of("s", author)).prettify());
    }

    @Test
    void occurrencesThatAgreeStillLoadInOneBatch() {
        String list = "query($source: String) { articles(first: 10, filter: { sourceSlug: $source }) { nodes { %s } } }";
        Map<String, Object> variables = Map.of("source", sourceSlug);
        long once = Statements.during(() -> GraphQL.reader().data(list.formatted("related { title }"), variables));
        long twice = Statements.during(
                () -> GraphQL.reader().data(list.formatted("a: related { title } b: related { title }"), variables));
        List<Object> pairs = GraphQL.reader().data(list.formatted("a: related { title } b: related { title }"), variables)
                .getList("data.articles.nodes");

        assertThat(pairs).hasSize(STORIES);
        assertThat(twice).as("statements for two agreeing occurrences").isEqualTo(once);
    }
}

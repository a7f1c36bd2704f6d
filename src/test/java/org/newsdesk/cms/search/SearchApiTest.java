package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.search.SearchSupport.draft;
import static org.newsdesk.cms.search.SearchSupport.published;
import static org.newsdesk.cms.search.SearchSupport.search;
import static org.newsdesk.cms.search.SearchSupport.word;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * searchArticles through the real endpoint, on whichever engine the build has
 * (Lucene on H2, PostgreSQL's text search on PostgreSQL): the same assertions hold
 * for both. Every test searches for made-up words of its own.
 */
@QuarkusTest
class SearchApiTest {

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        String word = word();
        String inBody = published("Harbour notes " + unique(), "<p>A " + word + " was seen near the harbour today.</p>");
        String inTitle = published("The " + word + " returns", "<p>Nothing else to report from the harbour.</p>");

        JsonPath results = search(GraphQL.anonymous(), word);

        assertThat(results.getList("edges.node.id")).containsExactly(inTitle, inBody);
        assertThat(results.getDouble("edges[0].score")).isGreaterThan(results.getDouble("edges[1].score"));
    }

    @Test
    void moreMatchesRankAboveFewer() {
        String word = word();
        String once = published("Filler story " + unique(),
                "<p>The " + word + " alpha bravo charlie delta echo foxtrot golf hotel india.</p>");
        String thrice = published("Filler story " + unique(),
                "<p>The " + word + " alpha bravo " + word + " charlie delta " + word + " echo foxtrot.</p>");

        JsonPath results = search(GraphQL.anonymous(), word);

        assertThat(results.getList("edges.node.id")).containsExactly(thrice, once);
    }

    @Test
    void theSnippetMarksMatchesAndEscapesEverythingElse() {
        String word = word();
        published("Snippet story " + unique(), "<p>Opening paragraph about the weather and the tides.</p>"
                + "<p>Before the <b>bold</b> words &lt;script&gt;alert(1)&lt;/script&gt; came, the " + word
                + " appeared &amp; vanished.</p>");

        String snippet = search(GraphQL.anonymous(), word).getString("edges[0].snippet");

        assertThat(snippet).contains("<mark>" + word + "</mark>");
        assertThat(snippet).contains("&amp;").doesNotContain("<b>").doesNotContain("<script");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void aTitleOnlyMatchHasTheBodysOpeningAsItsSnippet() {
        String word = word();
        published("The " + word + " affair", "<p>Councillors met on Tuesday to discuss the budget.</p>");

        String snippet = search(GraphQL.anonymous(), word).getString("edges[0].snippet");

        assertThat(snippet).startsWith("Councillors met").doesNotContain("<mark>");
    }

    @Test
    void readersFindPublishedArticlesOnlyAndEditorsFindAll() {
        String word = word();
        String published = published("Visible " + word, "<p>Published with " + word + ".</p>");
        String draft = draft("Hidden " + word, "<p>Drafted with " + word + ".</p>");

        for (GraphQL reader : List.of(GraphQL.anonymous(), GraphQL.reader())) {
            JsonPath results = search(reader, word);
            assertThat(results.getList("edges.node.id")).containsExactly(published);
            assertThat(results.getInt("totalCount")).isEqualTo(1);
        }
        JsonPath editor = search(GraphQL.editor(), word);
        assertThat(editor.getList("edges.node.id")).containsExactlyInAnyOrder(published, draft);
        assertThat(editor.getInt("totalCount")).isEqualTo(2);
    }

    @Test
    void pagesOfTwoCoverEveryMatchOnceBestFirst() {
        String word = word();
        List<String> ids = new ArrayList<>();
        for (int matches = 1; matches <= 5; matches++) {
            ids.add(published("Paged story " + unique(), "<p>" + (word + " and more ").repeat(matches) + "filler words.</p>"));
        }

        List<Object> seen = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        String after = null;
        List<Boolean> hasNext = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath results = search(GraphQL.anonymous(), word, 2, after);
            assertThat(results.getInt("totalCount")).isEqualTo(5);
            seen.addAll(results.getList("edges.node.id"));
            scores.addAll(results.getList("edges.score", Double.class));
            hasNext.add(results.getBoolean("pageInfo.hasNextPage"));
            after = results.getString("pageInfo.endCursor");
        }

        assertThat(seen).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen.get(0)).isEqualTo(ids.get(4)); // five matches first
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(hasNext).containsExactly(true, true, false);
        JsonPath fromEdge = search(GraphQL.anonymous(), word, 2,
                search(GraphQL.anonymous(), word, 2, null).getString("edges[0].cursor"));
        assertThat(fromEdge.getList("edges.node.id")).containsExactly(seen.get(1), seen.get(2));
    }

    @Test
    void firstZeroCountsWithoutResults() {
        String word = word();
        published("Counted " + word, "<p>Nothing more.</p>");

        JsonPath results = search(GraphQL.anonymous(), word, 0, null);

        assertThat(results.getList("edges")).isEmpty();
        assertThat(results.getInt("totalCount")).isEqualTo(1);
        assertThat(results.getBoolean("pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void theIndexFollowsEditsStatusChangesAndDeletion() {
        String before = word();
        String after = word();
        JsonPath imported = Imports.importDocument("search-edit-" + unique() + ".md",
                markdown("Imported Story " + unique()).paragraph("The " + before + " was in the first version.").build());
        String id = imported.getString("article.id");
        assertThat(search(GraphQL.anonymous(), before).getList("edges.node.id")).containsExactly(id);

        JsonPath updated = Articles.update(id, imported.getInt("article.version"),
                Articles.input(imported.getString("article.title"), "<p>The " + after + " replaced it.</p>"));
        assertThat(updated.getList("errors")).isNull();

        assertThat(search(GraphQL.anonymous(), before).getInt("totalCount")).isZero();
        assertThat(search(GraphQL.anonymous(), after).getList("edges.node.id")).containsExactly(id);

        GraphQL.editor().data("mutation($id: ID!) { unpublishArticle(id: $id) { status } }", Map.of("id", id));
        assertThat(search(GraphQL.anonymous(), after).getInt("totalCount")).isZero();
        assertThat(search(GraphQL.editor(), after).getList("edges.node.status")).containsExactly("DRAFT");

        GraphQL.editor().data("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id));
        assertThat(search(GraphQL.editor(), after).getInt("totalCount")).isZero();
    }

    @Test
    void phrasesAlternativesAndExclusionsReadAsOnTheWeb() {
        String first = word();
        String second = word();
        String other = word();
        String adjacent = published("Syntax story " + unique(), "<p>" + first + " " + second + " stand together.</p>");
        String apart = published("Syntax story " + unique(),
                "<p>" + second + " comes before " + first + " here, with " + other + ".</p>");

        assertThat(ids(first + " " + second)).containsExactlyInAnyOrder(adjacent, apart);
        assertThat(ids("\"" + first + " " + second + "\"")).containsExactly(adjacent);
        assertThat(ids(first + " -" + other)).containsExactly(adjacent);
        assertThat(ids(other + " or " + word())).containsExactly(apart);
        assertThat(ids(first.toUpperCase())).containsExactlyInAnyOrder(adjacent, apart);
    }

    private static List<Object> ids(String query) {
        return search(GraphQL.anonymous(), query).getList("edges.node.id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "'; drop table article; --", "\"", "%", "\\", "<script>alert(1)</script>", "a' or '1'='1",
            "title:foo AND body:bar", "foo & bar | !baz", "((( ", "*:*", ":*", "foo:*", "'", "''", "\\\\'", "% _ %",
            "\"unclosed phrase", "or or or word", "-\"\"", "- - word", "naïve café 東京", "\uD800",
            "a <-> b", "x!y", "!!!", "(", "||", "--", "NOT", "*" })
    void hostileQueriesGiveResultsOrAClearError(String query) {
        JsonPath response = SearchSupport.post(GraphQL.anonymous(), query, 5, null);

        if (response.getList("errors") != null) {
            assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
            assertThat(response.getString("errors[0].extensions.field")).isEqualTo("query");
        } else {
            assertThat(response.getInt("data.searchArticles.totalCount")).isNotNegative();
        }
        assertThat(GraphQL.anonymous().data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount"))
                .as("the article table is still there").isPositive();
    }

    @Test
    void aVeryLongQueryIsRefusedWithItsLength() {
        JsonPath response = SearchSupport.post(GraphQL.anonymous(), "word ".repeat(200), 5, null);
        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].message")).contains("query").contains("500");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "-", "\"\"", "or", "OR", "-anything", "- -", "!!!", "( )", "-\"a phrase\"" })
    void aQueryWithNothingToLookForIsAValidationError(String query) {
        JsonPath response = SearchSupport.post(GraphQL.anonymous(), query, 5, null);

        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("query");
        assertThat(response.getString("errors[0].message")).startsWith("query:");
    }

    @Test
    void cursorsBelongToTheirOwnQuery() {
        String word = word();
        published("Cursor story " + word, "<p>One.</p>");
        published("Cursor story " + word + " again", "<p>Two.</p>");
        String cursor = search(GraphQL.anonymous(), word, 1, null).getString("pageInfo.endCursor");
        String listCursor = GraphQL.anonymous().data("{ articles(first: 1) { pageInfo { endCursor } } }")
                .getString("data.articles.pageInfo.endCursor");

        for (String wrong : List.of("not-a-cursor", listCursor)) {
            assertThat(GraphQL.errorCode(SearchSupport.post(GraphQL.anonymous(), word, 1, wrong))).isEqualTo("BAD_REQUEST");
        }
        assertThat(GraphQL.errorCode(SearchSupport.post(GraphQL.anonymous(), word + " other", 1, cursor)))
                .isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.errorCode(SearchSupport.post(GraphQL.anonymous(), word, 101, null))).isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.errorCode(SearchSupport.post(GraphQL.anonymous(), word, -1, null))).isEqualTo("BAD_REQUEST");
    }

    @Test
    void theQueryArgumentIsRequired() {
        Map<String, Object> none = new HashMap<>();
        JsonPath response = GraphQL.anonymous().post("{ searchArticles { totalCount } }", none);
        assertThat(response.getList("errors")).isNotEmpty();
        assertThat(response.getString("data")).isNull();
    }
}

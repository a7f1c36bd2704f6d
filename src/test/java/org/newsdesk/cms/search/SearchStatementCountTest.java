package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;
import org.newsdesk.cms.support.Statements;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Search and suggestions cost a fixed number of SQL statements whatever the page
 * size: no N+1 under a list. Counted with Hibernate's statistics, never timed.
 */
@QuarkusTest
class SearchStatementCountTest {

    private static final int ARTICLES = 60;
    private static String word;
    private static String domain;

    private static final String SEARCH = """
            query($q: String!, $first: Int) { searchArticles(query: $q, first: $first) {
              totalCount pageInfo { endCursor }
              edges { score snippet node { title authors { name } source { name } } } } }""";

    private static final String SUGGESTIONS_UNDER_A_LIST = """
            query($first: Int, $source: String) { articles(first: $first, filter: { sourceSlug: $source }) {
              nodes { title suggestedRelated(first: 3) { title source { name } } } } }""";

    @BeforeEach
    void articlesSharingAWord() {
        if (word != null) {
            return;
        }
        String shared = SearchSupport.word();
        String site = "search-counting-" + SearchSupport.word() + ".example";
        for (int i = 0; i < ARTICLES; i++) {
            Imports.importDocument("search-counted-" + i + ".md", markdown("Searched Story " + i + " " + SearchSupport.word())
                    .byline("By [Writer " + (i % 5) + " " + shared + "](#)")
                    .date(LocalDate.of(2024, 3, 1).plusDays(i))
                    .url("https://www." + site + "/" + i)
                    .paragraph("The " + shared + " appeared " + "again ".repeat(i % 4) + "in story " + i + ".")
                    .build());
        }
        word = shared;
        domain = site;
    }

    private long statements(String query, Map<String, Object> variables) {
        return Statements.during(() -> GraphQL.anonymous().data(query, variables));
    }

    @Test
    void searchCostsTheSameForFiveAndFiftyResults() {
        long five = statements(SEARCH, Map.of("q", word, "first", 5));
        long fifty = statements(SEARCH, Map.of("q", word, "first", 50));

        assertThat(fifty).as("statements for 50 results").isEqualTo(five);
        assertThat(five).as("statements for one page").isLessThanOrEqualTo(4);
    }

    @Test
    void suggestionsUnderAListCostTheSameForFiveAndFiftyArticles() {
        String sourceSlug = GraphQL.anonymous().data("{ sources { slug domain } }").getList("data.sources", Map.class)
                .stream().filter(s -> domain.equals(s.get("domain"))).map(s -> (String) s.get("slug")).findFirst()
                .orElseThrow();
        long five = statements(SUGGESTIONS_UNDER_A_LIST, Map.of("first", 5, "source", sourceSlug));
        long fifty = statements(SUGGESTIONS_UNDER_A_LIST, Map.of("first", 50, "source", sourceSlug));

        assertThat(fifty).as("statements for 50 articles' suggestions").isEqualTo(five);
        assertThat(five).isLessThanOrEqualTo(5);
    }
}

package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.search.SearchQuery.Term;

/** How a typed query is read, and how snippets are made safe; no application needed. */
class SearchQueryTest {

    private static List<List<Term>> groups(String query) {
        return SearchQuery.parse(query).groups().stream().map(SearchQuery.Group::terms).toList();
    }

    @Test
    void wordsPhrasesAlternativesAndExclusions() {
        assertThat(groups("harbour  plan")).containsExactly(
                List.of(new Term("harbour", false, false)), List.of(new Term("plan", false, false)));
        assertThat(groups("\"harbour plan\" -budget")).containsExactly(
                List.of(new Term("harbour plan", true, false)), List.of(new Term("budget", false, true)));
        assertThat(groups("kyiv or kiev council")).containsExactly(
                List.of(new Term("kyiv", false, false), new Term("kiev", false, false)),
                List.of(new Term("council", false, false)));
        assertThat(groups("\"unclosed phrase")).containsExactly(List.of(new Term("unclosed phrase", true, false)));
        assertThat(groups("or harbour or")).containsExactly(List.of(new Term("harbour", false, false)));
        assertThat(groups("well-known !!! harbour")).containsExactly(
                List.of(new Term("well-known", false, false)), List.of(new Term("harbour", false, false)));
    }

    @Test
    void controlCharactersAreSpaces() {
        assertThat(SearchQuery.parse("har\u0000bour\tplan").text()).isEqualTo("har bour plan");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " \t ", "-", "or", "-budget", "\"\"", "!!! ???", "-\"a b\" -c" })
    void nothingToLookForIsInvalid(String query) {
        assertThatThrownBy(() -> SearchQuery.parse(query)).isInstanceOf(ApiException.class)
                .hasMessageStartingWith("query:")
                .satisfies(e -> assertThat(((ApiException) e).getExtensions()).containsEntry("code", "VALIDATION"));
    }

    @Test
    void tooLongIsInvalid() {
        assertThat(SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH)).text()).hasSize(SearchQuery.MAX_LENGTH);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .hasMessageContaining(String.valueOf(SearchQuery.MAX_LENGTH));
    }

    @Test
    void snippetsEscapeEverythingButTheMarks() {
        String marked = "a <b>&\"' " + Snippets.MATCH_START + "x<y" + Snippets.MATCH_END + "\n\n  end";
        assertThat(Snippets.render(marked)).isEqualTo("a &lt;b&gt;&amp;&quot;&#39; <mark>x&lt;y</mark> end");
    }

    @Test
    void unbalancedMarksStillMakeWellFormedSnippets() {
        assertThat(Snippets.render(Snippets.MATCH_START + "open")).isEqualTo("<mark>open</mark>");
        assertThat(Snippets.render("close" + Snippets.MATCH_END)).isEqualTo("close");
        assertThat(Snippets.render(null)).isEmpty();
    }
}

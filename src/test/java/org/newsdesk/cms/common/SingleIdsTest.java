package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One-element id arrays are bound as the id; everything else as given. */
class SingleIdsTest {

    @Test
    void aOneElementArrayBecomesAPlainParameter() {
        ReadQueries.Statement bound = SingleIds.bound("select 1 from t where a = ? and b = any(?) and c = any(?)",
                List.of("x", new Long[] { 7L }, new Long[] { 1L, 2L }));
        assertThat(bound.sql()).isEqualTo("select 1 from t where a = ? and b = ? and c = any(?)");
        assertThat(bound.parameters()).hasSize(3);
        assertThat(bound.parameters().get(0)).isEqualTo("x");
        assertThat(bound.parameters().get(1)).isEqualTo(7L);
        assertThat((Long[]) bound.parameters().get(2)).containsExactly(1L, 2L);
    }

    @Test
    void questionMarksInLiteralsAndEmptyArraysAreLeftAlone() {
        ReadQueries.Statement bound = SingleIds.bound("select '?' from t where b = any(?) and c = any(?)",
                List.of(new Long[0], new Long[] { 3L }));
        assertThat(bound.sql()).isEqualTo("select '?' from t where b = any(?) and c = ?");
        assertThat(bound.parameters().get(1)).isEqualTo(3L);
    }

    @Test
    void aStatementWithoutOneElementArraysIsTheSameStatement() {
        List<Object> parameters = List.of(1L, new Long[] { 1L, 2L });
        ReadQueries.Statement bound = SingleIds.bound("select 1 from t where a = ? and b = any(?)", parameters);
        assertThat(bound.sql()).isEqualTo("select 1 from t where a = ? and b = any(?)");
        assertThat(bound.parameters()).isSameAs(parameters);
    }
}

package org.newsdesk.cms.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 reads it: weak comparison, lists, and the wildcard. */
class AnswersTest {

    private static final String ETAG = Answers.etagOf("<rss/>".getBytes());

    @Test
    void theETagIsStrongAndFollowsTheBytes() {
        assertThat(ETAG).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(Answers.etagOf("<rss/>".getBytes())).isEqualTo(ETAG);
        assertThat(Answers.etagOf("<rss />".getBytes())).isNotEqualTo(ETAG);
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(Answers.matches(ETAG, ETAG)).isTrue();
        assertThat(Answers.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(Answers.matches("\"a\", " + ETAG + " ,\"b\"", ETAG)).isTrue();
        assertThat(Answers.matches("*", ETAG)).isTrue();
        assertThat(Answers.matches("\"a\"", ETAG)).isFalse();
        assertThat(Answers.matches(ETAG.substring(1, ETAG.length() - 1), ETAG)).as("unquoted").isFalse();
    }
}

package org.newsdesk.cms.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.http.EntityTags;

/** If-None-Match as RFC 9110 reads it: weak comparison, lists, and the wildcard. */
class AnswersTest {

    private static final String ETAG = EntityTags.of("<rss/>".getBytes());

    @Test
    void theETagIsStrongAndFollowsTheBytes() {
        assertThat(ETAG).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(EntityTags.of("<rss/>".getBytes())).isEqualTo(ETAG);
        assertThat(EntityTags.of("<rss />".getBytes())).isNotEqualTo(ETAG);
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(EntityTags.matches(ETAG, ETAG)).isTrue();
        assertThat(EntityTags.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(EntityTags.matches("\"a\", " + ETAG + " ,\"b\"", ETAG)).isTrue();
        assertThat(EntityTags.matches("*", ETAG)).isTrue();
        assertThat(EntityTags.matches("\"a\"", ETAG)).isFalse();
        assertThat(EntityTags.matches(ETAG.substring(1, ETAG.length() - 1), ETAG)).as("unquoted").isFalse();
    }
}

package org.newsdesk.cms.feed;

/** The lists with a feed of their own, each under {@code /feeds/{segment}/{slug}/}. */
enum FeedKind {
    SECTION("section"),
    TAG("tag"),
    AUTHOR("author"),
    SOURCE("source");

    /** The path segment, and the word a 404 uses. */
    final String segment;

    FeedKind(String segment) {
        this.segment = segment;
    }
}

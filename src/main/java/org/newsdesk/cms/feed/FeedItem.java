package org.newsdesk.cms.feed;

import java.time.Instant;
import java.util.List;

/**
 * One article as a feed shows it.
 *
 * @param link the article's public address; null when it has none (no template, no canonical URL)
 * @param categories the section's name, then the tags' names
 * @param contentHtml the sanitized body; null unless the full content was asked for
 */
record FeedItem(long id, String title, String link, Instant published, Instant updated, List<String> authors,
        List<String> categories, String summary, String contentHtml) {

    /**
     * The item's identity for feed readers: by id, so it stays the same when the title, the
     * slug, the site's address or the canonical URL change.
     */
    String guid() {
        return "urn:newsdesk:article:" + id;
    }
}

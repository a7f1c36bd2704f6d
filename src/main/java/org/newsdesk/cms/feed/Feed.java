package org.newsdesk.cms.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A feed's list, newest first: its identity, title and description, and its items.
 *
 * @param id stable for the list (by the owner's id, not its slug)
 * @param publisher who publishes the feed (cms.publishing.publisher-name)
 */
record Feed(String id, String publisher, String title, String description, List<FeedItem> items) {

    /** When the newest change to an item happened; empty for an empty feed. */
    Optional<Instant> lastModified() {
        return items.stream().map(FeedItem::updated).max(Comparator.naturalOrder());
    }
}

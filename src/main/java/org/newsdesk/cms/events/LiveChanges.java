package org.newsdesk.cms.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The committed article changes of this replica, broadcast to the live subscribers
 * (a change made through another replica reaches that replica's subscribers).
 */
@ApplicationScoped
class LiveChanges {

    private final BroadcastProcessor<ArticleChangeView> changes = BroadcastProcessor.create();

    Multi<ArticleChangeView> stream() {
        return changes;
    }

    void committed(ArticleChangeView change) {
        changes.onNext(change);
    }
}

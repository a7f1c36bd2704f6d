package org.newsdesk.cms.article;

import java.time.Instant;

/**
 * What search indexes need to know of an article after a change: its searchable
 * state, or that it is gone. Fired by every service that writes an article's title,
 * body or status; observers that keep an index in step observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so only committed changes count.
 *
 * @param version the article's version after the change; an index keeps the newest
 *                it has seen, whatever order changes arrive in
 * @param status    null for a deleted article
 * @param updatedAt when the article last changed (null for a deleted one): with the
 *                  version, how an index kept on disk recognises what it already holds
 */
public record ArticleChange(long id, int version, ArticleStatus status, String title, String bodyText,
        Instant updatedAt) {

    /** The article as it stands now; call after the change is flushed, so the version is final. */
    public static ArticleChange of(Article article) {
        return new ArticleChange(article.id, article.version, article.status, article.title, article.bodyText,
                article.updatedAt);
    }

    /** A deletion outranks every version: ids are never reused. */
    public static ArticleChange deleted(long id) {
        return new ArticleChange(id, Integer.MAX_VALUE, null, null, null, null);
    }

    public boolean deleted() {
        return status == null;
    }
}

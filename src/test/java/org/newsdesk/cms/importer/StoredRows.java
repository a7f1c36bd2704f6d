package org.newsdesk.cms.importer;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.revision.ArticleRevision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.newssource.NewsSource;
import org.newsdesk.cms.related.RelatedLink;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How many rows there are of everything an import writes besides its own record: equal
 * counts before and after a FAILED document prove that nothing of it was stored.
 */
record StoredRows(long articles, long authors, long sources, long links, long revisions) {

    static StoredRows count() {
        return QuarkusTransaction.requiringNew().call(() -> new StoredRows(Article.count(), Author.count(),
                NewsSource.count(), RelatedLink.count(), ArticleRevision.count()));
    }
}

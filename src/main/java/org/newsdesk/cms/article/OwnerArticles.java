package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.article.ArticleRepository.Owner;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.common.Viewer;

/**
 * The {@code articles} and {@code articleCount} fields of authors and sources,
 * for a whole batch of them at once.
 */
@ApplicationScoped
public class OwnerArticles {

    private final ArticleService articles;

    OwnerArticles(ArticleService articles) {
        this.articles = articles;
    }

    public List<ArticleConnection> pages(Owner owner, List<Long> ownerIds, Viewer viewer, int first, String after) {
        Map<Long, ArticleService.Page> pages = articles.pagesByOwner(owner, ownerIds, viewer, after, PageSize.check(first));
        return ownerIds.stream().map(id -> {
            ArticleQuery query = owner == Owner.AUTHOR ? ArticleQuery.byAuthor(viewer, id) : ArticleQuery.bySource(viewer, id);
            return ArticleConnection.of(pages.get(id), query, articles);
        }).toList();
    }

    public List<Integer> counts(Owner owner, List<Long> ownerIds, Viewer viewer) {
        Map<Long, Long> counts = articles.countByOwner(owner, ownerIds, viewer);
        return ownerIds.stream().map(id -> counts.getOrDefault(id, 0L).intValue()).toList();
    }
}

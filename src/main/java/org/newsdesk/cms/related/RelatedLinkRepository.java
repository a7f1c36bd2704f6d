package org.newsdesk.cms.related;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.article.Article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RelatedLinkRepository implements PanacheRepository<RelatedLink> {

    /** Links of the given articles, each article's in body order. */
    public List<RelatedLink> findByArticleIds(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of()
                : list("articleId in ?1 order by articleId, position", articleIds);
    }

    /** Links that resolve to the given articles (backlinks). */
    public List<RelatedLink> findByTargetIds(Collection<Long> targetIds) {
        return targetIds.isEmpty() ? List.of()
                : list("targetId in ?1 order by targetId, articleId, position", targetIds);
    }

    public long deleteByArticle(Article article) {
        return delete("article", article);
    }

    /** Points every unresolved link whose title matches {@code target}'s at it. */
    public int resolveWaitingLinks(Article target) {
        return update("target = ?1 where target is null and titleKey = ?2 and article <> ?1", target, target.titleKey);
    }
}

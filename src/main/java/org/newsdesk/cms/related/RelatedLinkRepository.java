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

    /** Removes every link from one article to another; returns how many there were. */
    public long deleteBetween(long fromId, long toId) {
        return delete("articleId = ?1 and targetId = ?2", fromId, toId);
    }

    public long deleteByArticle(Article article) {
        return delete("article", article);
    }

    /**
     * Points every unresolved link with one of these title keys at the oldest other
     * article of that title, if there is one. Plain SQL: Hibernate would translate an
     * HQL update anew on every call.
     */
    public int resolveLinksTitled(Collection<String> titleKeys) {
        if (titleKeys.isEmpty()) {
            return 0;
        }
        String otherArticleOfTheTitle = "from article a where a.title_key = related_link.title_key"
                + " and a.id <> related_link.article_id";
        return getEntityManager()
                .createNativeQuery("update related_link set target_id = (select min(a.id) " + otherArticleOfTheTitle + ")"
                        + " where title_key in (:keys) and target_id is null"
                        + " and exists (select 1 " + otherArticleOfTheTitle + ")")
                .setParameter("keys", titleKeys)
                .executeUpdate();
    }
}

package org.newsdesk.cms.article.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RevisionRepository implements PanacheRepository<ArticleRevision> {

    /** Revisions of the given articles, each article's newest first. */
    public List<ArticleRevision> findByArticleIds(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of()
                : list("articleId in ?1 order by articleId, number desc", articleIds);
    }

    public Optional<ArticleRevision> find(long articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    public int latestNumber(long articleId) {
        Integer latest = getEntityManager()
                .createQuery("select max(r.number) from ArticleRevision r where r.articleId = :id", Integer.class)
                .setParameter("id", articleId).getSingleResult();
        return latest == null ? 0 : latest;
    }
}

package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Article storage. Every list query is parameterized JPQL built from fixed
 * fragments; no caller text ever becomes query text.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    private static final String SEARCH_STATE = "select new org.newsdesk.cms.article.ArticleChange("
            + "a.id, a.version, a.status, a.title, a.bodyText, a.updatedAt) from Article a";

    public Optional<Article> findBySlug(String slug) {
        return find("from Article a left join fetch a.source where a.slug = ?1", slug).firstResultOptional();
    }

    public Optional<Article> findByIdWithSource(long id) {
        return find("from Article a left join fetch a.source where a.id = ?1", id).firstResultOptional();
    }

    /** The article with this id, without reading it: for a foreign key. */
    public Article reference(long id) {
        return getEntityManager().getReference(Article.class, id);
    }

    public Optional<Article> findByCanonicalUrl(String url) {
        return find("canonicalUrl", url).firstResultOptional();
    }

    /**
     * Whether a stored article holds the slug. Without flushing first: a caller that
     * claims slugs while creating articles (the import's batch) keeps its own claims,
     * and an automatic flush here would send its pending rows one collision at a time
     * instead of in the batch's JDBC batches.
     */
    public boolean slugTaken(String slug) {
        return !getEntityManager().createQuery("select a.id from Article a where a.slug = ?1", Long.class)
                .setParameter(1, slug).setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList().isEmpty();
    }

    /** Which of {@code slugs} articles already hold. */
    public Set<String> takenSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? Set.of()
                : new HashSet<>(getEntityManager()
                        .createQuery("select a.slug from Article a where a.slug in ?1", String.class)
                        .setParameter(1, slugs).getResultList());
    }

    /**
     * The id and content fingerprint of the articles with these canonical URLs, by URL:
     * all an import needs to tell a new document from a changed or an unchanged one.
     */
    public Map<String, StoredVersion> storedVersionsByUrl(Collection<String> urls) {
        return storedVersions("a.canonicalUrl", "a.canonicalUrl in ?1", urls);
    }

    /**
     * The same for articles without a canonical URL or a source uri, by the file they were
     * imported from.
     */
    public Map<String, StoredVersion> storedVersionsOfUrlLessFiles(Collection<String> files) {
        return storedVersions("a.importFile", "a.importFile in ?1 and a.canonicalUrl is null and a.sourceUri is null",
                files);
    }

    /** The same by the (not http) uri a ninjs document identified them with. */
    public Map<String, StoredVersion> storedVersionsBySourceUri(Collection<String> uris) {
        return storedVersions("a.sourceUri", "a.sourceUri in ?1", uris);
    }

    /**
     * The same by id, for articles with neither a canonical URL nor a source uri: the
     * ones whose ninjs export names them by id ({@code urn:newsdesk:article:{id}}).
     */
    public Map<Long, StoredVersion> storedVersionsOfAddresslessIds(Collection<Long> ids) {
        Map<Long, StoredVersion> found = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select a.id, a.contentHash, a.sectionId from Article a where a.id in ?1"
                    + " and a.canonicalUrl is null and a.sourceUri is null", Object[].class)
                    .setParameter(1, ids).getResultList()
                    .forEach(row -> found.put((Long) row[0], new StoredVersion((Long) row[0], (String) row[1],
                            (Long) row[2])));
        }
        return found;
    }

    /**
     * For each of these folded titles that an article has, the oldest such article:
     * the one a "Related article" link with that title means.
     */
    public Map<String, Long> oldestByTitleKey(Collection<String> titleKeys) {
        Map<String, Long> found = new HashMap<>();
        if (!titleKeys.isEmpty()) {
            getEntityManager()
                    .createQuery("select a.titleKey, min(a.id) from Article a where a.titleKey in ?1 group by a.titleKey",
                            Object[].class)
                    .setParameter(1, titleKeys).getResultList()
                    .forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    /**
     * An article's id, content fingerprint (null for articles written by editors) and
     * section (null when it has none).
     */
    public record StoredVersion(long id, String contentHash, Long sectionId) {
    }

    private Map<String, StoredVersion> storedVersions(String key, String condition, Collection<String> keys) {
        Map<String, StoredVersion> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // Tuples rather than a constructor expression: nothing to register for reflection in a native image.
        List<Object[]> rows = getEntityManager()
                .createQuery("select " + key + ", a.id, a.contentHash, a.sectionId from Article a where " + condition
                        + " order by a.id", Object[].class)
                .setParameter(1, keys).getResultList();
        for (Object[] row : rows) {
            found.putIfAbsent((String) row[0], new StoredVersion((Long) row[1], (String) row[2], (Long) row[3]));
        }
        return found;
    }

    /** The searchable state of up to {@code limit} articles after id {@code afterId}, in id order. */
    public List<ArticleChange> searchStates(long afterId, int limit) {
        return getEntityManager().createQuery(SEARCH_STATE + " where a.id > :after order by a.id", ArticleChange.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** The searchable state of these articles (those that exist), in id order. */
    public List<ArticleChange> searchStates(Collection<Long> ids) {
        return getEntityManager().createQuery(SEARCH_STATE + " where a.id in :ids order by a.id", ArticleChange.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Fills the plain-text body unless someone filled it first; neither bumps the version nor touches other columns. */
    public void fillBodyText(long id, String text) {
        getEntityManager().createQuery("update Article a set a.bodyText = :text where a.id = :id and a.bodyText is null")
                .setParameter("text", text)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Number of articles in the section (not counting the sections under it). */
    public long countInSection(long sectionId) {
        return count("sectionId", sectionId);
    }

    /** Moves every article of one section to another. */
    public int moveSection(long fromSectionId, long toSectionId) {
        return getEntityManager().createNativeQuery("update article set section_id = ?1 where section_id = ?2")
                .setParameter(1, toSectionId).setParameter(2, fromSectionId).executeUpdate();
    }

    /** Number of articles carrying the tag. */
    public long countTagged(long tagId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from article_tag where tag_id = ?1")
                .setParameter(1, tagId).getSingleResult()).longValue();
    }

    /**
     * Articles tagged {@code fromTagId} carry {@code toTagId} instead, at the same place
     * among their tags; those that carry both keep the one they had.
     */
    public void retag(long fromTagId, long toTagId) {
        getEntityManager().createNativeQuery("delete from article_tag where tag_id = ?1 and article_id in"
                + " (select article_id from article_tag where tag_id = ?2)")
                .setParameter(1, fromTagId).setParameter(2, toTagId).executeUpdate();
        getEntityManager().createNativeQuery("update article_tag set tag_id = ?1 where tag_id = ?2")
                .setParameter(1, toTagId).setParameter(2, fromTagId).executeUpdate();
    }

    /**
     * Publishes the article at its scheduled time if that time has come and it is still
     * scheduled; returns 1 when this call changed the row, 0 when someone else did first.
     */
    public int publishScheduled(long id, Instant now, String by) {
        return getEntityManager().createQuery("""
                update Article a set a.status = :published, a.publishedAt = a.scheduledAt, a.scheduledAt = null,
                       a.version = a.version + 1, a.updatedAt = :now, a.updatedBy = :by
                where a.id = :id and a.scheduledAt is not null and a.scheduledAt <= :now""")
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", now)
                .setParameter("by", by)
                .setParameter("id", id)
                .executeUpdate();
    }
}

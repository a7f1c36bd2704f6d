package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.common.Cursor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Article storage. Every list query is parameterized JPQL built from fixed
 * fragments; no caller text ever becomes query text.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /** Whose articles a batched per-owner page is for. */
    public enum Owner { AUTHOR, SOURCE }

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

    /** An imported article that has no canonical URL, by the file it came from. */
    public Optional<Article> findUrlLessByImportFile(String file) {
        return find("importFile = ?1 and canonicalUrl is null", file).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
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
        return storedVersions("a.canonicalUrl in ?1", urls);
    }

    /** The same for articles without a canonical URL, by the file they were imported from. */
    public Map<String, StoredVersion> storedVersionsOfUrlLessFiles(Collection<String> files) {
        return storedVersions("a.importFile in ?1 and a.canonicalUrl is null", files);
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

    /** An article's id and content fingerprint (null for articles written by editors). */
    public record StoredVersion(long id, String contentHash) {
    }

    private Map<String, StoredVersion> storedVersions(String condition, Collection<String> keys) {
        Map<String, StoredVersion> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // Tuples rather than a constructor expression: nothing to register for reflection in a native image.
        List<Object[]> rows = getEntityManager()
                .createQuery("select coalesce(a.canonicalUrl, a.importFile), a.id, a.contentHash from Article a where "
                        + condition + " order by a.id", Object[].class)
                .setParameter(1, keys).getResultList();
        for (Object[] row : rows) {
            found.putIfAbsent((String) row[0], new StoredVersion((Long) row[1], (String) row[2]));
        }
        return found;
    }

    /** Articles by id with their sources, in no particular order. */
    public List<Article> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("from Article a left join fetch a.source where a.id in ?1", ids);
    }

    /** Up to {@code limit} articles of the list, after {@code after} when given, with their sources. */
    public List<Article> page(ArticleQuery query, Cursor after, int limit) {
        Where where = Where.of(query);
        ArticleOrder order = query.order();
        // Published articles always have a date (a check constraint says so): no nulls to sort last.
        boolean nullKeys = order.nullable && !where.publishedOnly();
        if (after != null) {
            where.keyset(order, after, nullKeys);
        }
        String direction = order.ascending ? " asc" : " desc";
        // With one status, the (status, published_at, id) index is in list order; saying so
        // lets the database read the page's rows from it instead of sorting every article.
        String statusFirst = where.statusFixed() ? "a.status" + direction + ", " : "";
        String jpql = "select a from Article a left join fetch a.source where " + where.text()
                + " order by " + statusFirst + "a." + order.attribute + direction + (nullKeys ? " nulls last" : "")
                + ", a.id" + direction;
        TypedQuery<Article> typed = getEntityManager().createQuery(jpql, Article.class).setMaxResults(limit);
        where.parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    public long count(ArticleQuery query) {
        Where where = Where.of(query);
        TypedQuery<Long> typed = getEntityManager()
                .createQuery("select count(a) from Article a where " + where.text(), Long.class);
        where.parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    /**
     * The ids of the first {@code limit} articles (newest first) of each owner, in one
     * query: a window function ranks each owner's articles and keeps the top rows.
     */
    public Map<Long, List<Long>> pageIdsByOwner(Owner owner, Collection<Long> ownerIds, boolean publishedOnly,
            Cursor after, int limit) {
        String ownerColumn = owner == Owner.AUTHOR ? "aa.author_id" : "a.source_id";
        String join = owner == Owner.AUTHOR ? " join article_author aa on aa.article_id = a.id" : "";
        StringBuilder where = new StringBuilder(ownerColumn + " in (:owners)");
        if (publishedOnly) {
            where.append(" and a.status = 'PUBLISHED'");
        }
        if (after != null) {
            where.append(after.key() == null
                    ? " and a.published_at is null and a.id < :afterId"
                    : " and (a.published_at < :afterKey or (a.published_at = :afterKey and a.id < :afterId)"
                            + " or a.published_at is null)");
        }
        String sql = "select owner_id, id from (select " + ownerColumn + " as owner_id, a.id as id, row_number() over"
                + " (partition by " + ownerColumn + " order by a.published_at desc nulls last, a.id desc) as rn"
                + " from article a" + join + " where " + where + ") ranked where rn <= :limit order by owner_id, rn";
        var native_ = getEntityManager().createNativeQuery(sql)
                .setParameter("owners", ownerIds)
                .setParameter("limit", limit);
        if (after != null) {
            native_.setParameter("afterId", after.id());
            if (after.key() != null) {
                native_.setParameter("afterKey", Instant.parse(after.key()));
            }
        }
        Map<Long, List<Long>> idsByOwner = new LinkedHashMap<>();
        for (Object row : native_.getResultList()) {
            Object[] columns = (Object[]) row;
            idsByOwner.computeIfAbsent(((Number) columns[0]).longValue(), key -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        return idsByOwner;
    }

    /** Number of (visible) articles per owner, for {@code articleCount} under a list. */
    public Map<Long, Long> countByOwner(Owner owner, Collection<Long> ownerIds, boolean publishedOnly) {
        String jpql = owner == Owner.AUTHOR
                ? "select au.id, count(a) from Article a join a.authors au where au.id in :owners"
                : "select a.source.id, count(a) from Article a where a.source.id in :owners";
        String groupBy = owner == Owner.AUTHOR ? " group by au.id" : " group by a.source.id";
        TypedQuery<Object[]> typed = getEntityManager()
                .createQuery(jpql + (publishedOnly ? " and a.status = :published" : "") + groupBy, Object[].class)
                .setParameter("owners", ownerIds);
        if (publishedOnly) {
            typed.setParameter("published", ArticleStatus.PUBLISHED);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : typed.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The searchable state of up to {@code limit} articles after id {@code afterId}, in id order. */
    public List<ArticleChange> searchStates(long afterId, int limit) {
        return getEntityManager().createQuery(
                "select new org.newsdesk.cms.article.ArticleChange(a.id, a.version, a.status, a.title, a.bodyText)"
                        + " from Article a where a.id > :after order by a.id", ArticleChange.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Each article's authors in byline order, for a batch of articles. */
    public Map<Long, List<Author>> authorsOf(Collection<Long> articleIds) {
        List<Object[]> rows = getEntityManager().createQuery(
                "select a.id, au from Article a join a.authors au where a.id in :ids order by a.id, index(au)",
                Object[].class).setParameter("ids", articleIds).getResultList();
        Map<Long, List<Author>> byArticle = new HashMap<>();
        for (Object[] row : rows) {
            byArticle.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Author) row[1]);
        }
        return byArticle;
    }

    /** Up to {@code limit} articles after id {@code afterId} whose plain-text body is missing: id and HTML. */
    public List<Object[]> bodiesWithoutText(long afterId, int limit) {
        return getEntityManager().createQuery(
                "select a.id, a.bodyHtml from Article a where a.bodyText is null and a.id > :after order by a.id",
                Object[].class).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Fills the plain-text body unless someone filled it first; neither bumps the version nor touches other columns. */
    public void fillBodyText(long id, String text) {
        getEntityManager().createQuery("update Article a set a.bodyText = :text where a.id = :id and a.bodyText is null")
                .setParameter("text", text)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Ids of articles whose scheduled publication time has come, oldest schedule first. */
    public List<Long> idsDueForPublication(Instant now, int limit) {
        return getEntityManager().createQuery(
                "select a.id from Article a where a.scheduledAt <= :now order by a.scheduledAt, a.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
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

    /** A WHERE clause and its parameters for an {@link ArticleQuery}. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        /** The one status the list's articles can have, if there is one. */
        private ArticleStatus status;

        static Where of(ArticleQuery query) {
            Where where = new Where();
            if (!query.viewer().editor()) {
                where.add("a.status = :visible", "visible", ArticleStatus.PUBLISHED);
                where.status = ArticleStatus.PUBLISHED;
            }
            if (query.status() != null) {
                where.add("a.status = :status", "status", query.status());
                where.status = where.status == null ? query.status() : where.status;
            }
            if (query.authorSlug() != null) {
                where.add("exists (select 1 from Article a2 join a2.authors au where a2 = a and au.slug = :authorSlug)",
                        "authorSlug", query.authorSlug());
            }
            if (query.authorId() != null) {
                where.add("exists (select 1 from Article a2 join a2.authors au where a2 = a and au.id = :authorId)",
                        "authorId", query.authorId());
            }
            if (query.sourceSlug() != null) {
                where.add("a.source.slug = :sourceSlug", "sourceSlug", query.sourceSlug());
            }
            if (query.sourceId() != null) {
                where.add("a.source.id = :sourceId", "sourceId", query.sourceId());
            }
            if (query.publishedAfter() != null) {
                where.add("a.publishedAt >= :publishedAfter", "publishedAfter", query.publishedAfter());
            }
            if (query.publishedBefore() != null) {
                where.add("a.publishedAt < :publishedBefore", "publishedBefore", query.publishedBefore());
            }
            return where;
        }

        boolean statusFixed() {
            return status != null;
        }

        boolean publishedOnly() {
            return status == ArticleStatus.PUBLISHED;
        }

        /**
         * Rows strictly after the cursor's row in the list's order; with {@code nullKeys},
         * rows without a key sort last. The redundant bound on the key is what lets the
         * database start reading the index at the cursor instead of at the list's top.
         */
        void keyset(ArticleOrder order, Cursor after, boolean nullKeys) {
            String attribute = "a." + order.attribute;
            String comparison = order.ascending ? " > " : " < ";
            parameters.put("afterId", after.id());
            if (after.key() == null) {
                conditions.add("(" + attribute + " is null and a.id" + comparison + ":afterId)");
                return;
            }
            parameters.put("afterKey", order.parseKey(after.key()));
            String bound = attribute + (order.ascending ? " >= " : " <= ") + ":afterKey";
            String strictlyAfter = "(" + attribute + comparison + ":afterKey or (" + attribute + " = :afterKey and a.id"
                    + comparison + ":afterId))";
            conditions.add(nullKeys ? "((" + bound + " and " + strictlyAfter + ") or " + attribute + " is null)"
                    : bound + " and " + strictlyAfter);
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String text() {
            return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        }
    }
}

package org.newsdesk.cms.article;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.common.ReadQueries;
import org.newsdesk.cms.common.ReadQueries.Row;
import org.newsdesk.cms.newssource.SourceView;
import org.newsdesk.cms.tag.TagKind;
import org.newsdesk.cms.tag.TagView;

/**
 * What readers' queries read, as read-only projections straight into
 * {@link ArticleView}s: the columns an {@code Article} shows with its source in the
 * same row, and, when the query shows them, its body and its authors in the same
 * statement (one row per author). Nothing is managed, dirty-checked or hydrated
 * on the way. SQL from fixed fragments, every value a parameter but page sizes
 * ({@link #limitClause}); id lists are bound as one array ({@code = any(?)}), which
 * {@link ReadQueries} binds as the id itself when there is one.
 */
@ApplicationScoped
public class ArticleReads {

    /** A published article's address and last change, for sitemaps. */
    public record Listed(long id, String slug, String canonicalUrl, Instant updatedAt) {
    }

    /** A run of published articles in id order: its last id and its newest change. */
    public record IdRun(long lastId, Instant updatedAt) {
    }

    /** An article's version and last change: what a search index compares itself with. */
    public record Stamp(long id, int version, Instant updatedAt) {
    }

    /** An article's id with its stored (sanitized) HTML body. */
    public record Body(long id, String html) {
    }

    /**
     * What to read with each article besides its own columns and its source. Without
     * {@code details} the excerpt, word count, picture and canonical URL are left unread
     * (null, 0): a list that shows none of them costs PostgreSQL about a third less to
     * answer (pgbench, a page of 20: 1,600-2,100 statements/s with them, 2,600-3,200 without).
     */
    public record Fetch(boolean body, boolean authors, boolean details) {

        public static final Fetch PLAIN = new Fetch(false, false);

        /** With the details: what every read outside a GraphQL selection gets. */
        public Fetch(boolean body, boolean authors) {
            this(body, authors, true);
        }
    }

    private static final String PUBLISHED = "'" + ArticleStatus.PUBLISHED.name() + "'";
    /** Columns {@link #readView} reads, {@value #VIEW_COLUMNS} of them. */
    private static final int VIEW_COLUMNS = 22;
    private static final String NO_DETAILS = "cast(null as varchar(1)), cast(null as integer), cast(null as varchar(1)), "
            + "cast(null as varchar(1)), cast(null as varchar(1)), cast(null as varchar(1)), ";
    private static final String AUTHOR_JOIN = " left join article_author aa on aa.article_id = a.id"
            + " left join author au on au.id = aa.author_id";

    private final ReadQueries queries;

    ArticleReads(ReadQueries queries) {
        this.queries = queries;
    }

    /**
     * The columns of an article's view, of article {@code a} and its source {@code s}
     * (a left join), as {@link #readView} reads them: for other features' reads that
     * show articles (links with their targets). Without {@code details}, typed nulls
     * stand in their columns ({@link Fetch#details}).
     */
    public static String viewColumns(String a, String s, boolean details) {
        String detailColumns = details
                ? a + ".excerpt, " + a + ".word_count, " + a + ".image_caption, " + a + ".image_credit, " + a + ".image_url, "
                        + a + ".canonical_url, "
                : NO_DETAILS;
        return a + ".id, " + a + ".slug, " + a + ".title, " + a + ".status, " + a + ".published_at, " + detailColumns
                + a + ".version, " + a + ".created_at, " + a + ".updated_at, "
                + a + ".scheduled_at, " + s + ".id, " + s + ".slug, " + s + ".name, " + s + ".domain, " + s + ".url, "
                + a + ".section_id, " + a + ".created_by";
    }

    /** The view in the row's columns from {@code first} on ({@link #viewColumns}); null when its id is null. */
    public static ArticleView readView(Row row, int first) throws SQLException {
        Long id = row.getLong(first);
        if (id == null) {
            return null;
        }
        SourceView source = row.getLong(first + 15) == null ? null : SourceView.read(row, first + 15);
        return new ArticleView(id, row.getString(first + 1), row.getString(first + 2),
                ArticleStatus.valueOf(row.getString(first + 3)), row.getInstant(first + 4), row.getString(first + 5),
                row.getInt(first + 6),
                ImageView.of(row.getString(first + 7), row.getString(first + 8), row.getString(first + 9)),
                source, row.getString(first + 10), row.getInt(first + 11), row.getInstant(first + 12),
                row.getInstant(first + 13), row.getInstant(first + 14), null).placed(row.getLong(first + 20), row.getString(first + 21));
    }

    public Optional<ArticleView> bySlug(String slug, Viewer viewer, Fetch fetch) {
        List<Object> parameters = new ArrayList<>(List.of(slug));
        return found(views("a.slug = ?" + visible(viewer, parameters), parameters, fetch, "").stream().findFirst());
    }

    public Optional<ArticleView> byId(long id, Viewer viewer, Fetch fetch) {
        List<Object> parameters = new ArrayList<>(List.of(id));
        return found(views("a.id = ?" + visible(viewer, parameters), parameters, fetch, "").stream().findFirst());
    }

    /** An answer that found no article changes when one appears: it is purged with the lists. */
    private static Optional<ArticleView> found(Optional<ArticleView> article) {
        if (article.isEmpty()) {
            ReadKeys.note(ReadKeys.ARTICLE_LIST);
        }
        return article;
    }

    /** The (visible) articles with these ids, by id. */
    public Map<Long, ArticleView> byIds(Collection<Long> ids, boolean publishedOnly, Fetch fetch) {
        Map<Long, ArticleView> found = new HashMap<>();
        if (!ids.isEmpty()) {
            views("a.id = any(?)" + visible(publishedOnly), List.of((Object) ids.toArray(Long[]::new)), fetch, "")
                    .forEach(view -> found.put(view.getId(), view));
        }
        return found;
    }

    /**
     * Up to {@code limit} articles of the list, after {@code after} when given. With
     * authors, the page is chosen by a subquery so that the limit counts articles, not
     * author rows.
     */
    public List<ArticleView> page(ArticleQuery query, Cursor after, int limit, Fetch fetch) {
        ReadKeys.note(ReadKeys.ARTICLE_LIST);
        ArticleListSql list = ArticleListSql.of(query);
        String where = list.where(after);
        if (!fetch.authors()) {
            return views(where, list.parameters(), fetch, list.orderBy() + limitClause(limit));
        }
        String page = "select a.id from article a left join news_source s on s.id = a.source_id where " + where
                + " order by " + list.orderBy() + limitClause(limit);
        return views("a.id in (" + page + ")", list.parameters(), fetch, list.orderBy());
    }

    /**
     * A page size in the statement's text, not as a parameter: PostgreSQL cannot cost a
     * generic plan whose {@code LIMIT} it does not know, so it plans such a statement
     * afresh on every execution, which took three times as long as running it (0.35 ms
     * against 0.12 ms for a page of 20). With the number in the text each connection
     * plans it once. An int checked by the caller, never text from a request.
     */
    static String limitClause(int limit) {
        return " limit " + Math.max(0, limit);
    }

    public long count(ArticleQuery query) {
        ReadKeys.note(ReadKeys.ARTICLE_LIST);
        ArticleListSql list = ArticleListSql.of(query);
        String sql = "select count(*) from article a left join news_source s on s.id = a.source_id"
                + " where " + list.where(null);
        return queries.list(sql, list.parameters(), row -> row.getLong(1)).get(0);
    }

    /**
     * Whose articles a batched per-owner list is: which rows join an article to its
     * owners, as SQL with its parameters.
     */
    public record Owners(String kind, Collection<Long> ids, String join, String ownerColumn, String condition,
            List<Object> parameters) {

        public static Owners authors(Collection<Long> ids) {
            return new Owners("author", ids, " join article_author m on m.article_id = a.id", "m.author_id",
                    "m.author_id = any(?)", List.of((Object) ids.toArray(Long[]::new)));
        }

        public static Owners sources(Collection<Long> ids) {
            return new Owners("source", ids, "", "a.source_id", "a.source_id = any(?)",
                    List.of((Object) ids.toArray(Long[]::new)));
        }

        public static Owners tags(Collection<Long> ids) {
            return new Owners("tag", ids, " join article_tag m on m.article_id = a.id", "m.tag_id", "m.tag_id = any(?)",
                    List.of((Object) ids.toArray(Long[]::new)));
        }

        /**
         * Each owner's list key ({@code list:author:3}), and the key of all article
         * lists: a new or changed article purges the lists, an owner's page among them.
         */
        void noteKeys() {
            ReadKeys.noteAll("list:" + kind + ":", ids);
            ReadKeys.note(ReadKeys.ARTICLE_LIST);
        }

        /** Sections own the articles of the sections under them too: {@code sectionsByOwner} lists them, itself included. */
        public static Owners sections(Map<Long, List<Long>> sectionsByOwner) {
            List<Object> parameters = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            sectionsByOwner.forEach((owner, sections) -> sections.forEach(section -> {
                rows.add("(cast(? as bigint), cast(? as bigint))");
                parameters.add(owner);
                parameters.add(section);
            }));
            if (rows.isEmpty()) {
                rows.add("(cast(null as bigint), cast(null as bigint))");
            }
            return new Owners("section", sectionsByOwner.keySet(), " join (values " + String.join(", ", rows)
                    + ") as m(owner_id, section_id) on m.section_id = a.section_id", "m.owner_id", "1 = 1", parameters);
        }
    }

    /** Each owner's page of article ids and, when asked for, the number of its visible articles. */
    public record OwnerPageIds(Map<Long, List<Long>> ids, Map<Long, Long> totals) {
    }

    /**
     * The ids of the first {@code limit} articles (newest first) of each owner, in one
     * query: a window function ranks each owner's articles and keeps the top rows.
     * With {@code withTotals} (a first page only: a cursor leaves rows out) a second
     * window counts each owner's visible articles in the same pass, which an author's
     * page would otherwise ask for in a statement of its own.
     */
    public OwnerPageIds pageIdsByOwner(Owners owners, boolean publishedOnly, Cursor after, int limit,
            boolean withTotals) {
        if (withTotals && after != null) {
            throw new IllegalArgumentException("Totals are counted on a first page only");
        }
        owners.noteKeys();
        List<Object> parameters = new ArrayList<>(owners.parameters());
        StringBuilder where = new StringBuilder(owners.condition());
        if (publishedOnly) {
            where.append(" and a.status = " + PUBLISHED);
        }
        if (after != null) {
            if (after.key() == null) {
                where.append(" and a.published_at is null and a.id < ?");
                parameters.add(after.id());
            } else {
                where.append(" and ((a.published_at, a.id) < (?, ?) or a.published_at is null)");
                parameters.add(Instant.parse(after.key()));
                parameters.add(after.id());
            }
        }
        parameters.add(limit);
        String owner = owners.ownerColumn();
        String total = withTotals ? "count(*) over (partition by " + owner + ")" : "cast(0 as bigint)";
        String sql = "select owner_id, id, total from (select " + owner + " as owner_id, a.id as id, row_number() over"
                + " (partition by " + owner + " order by a.published_at desc nulls last, a.id desc) as rn, " + total
                + " as total from article a" + owners.join() + " where " + where + ") ranked where rn <= ?"
                + " order by owner_id, rn";
        Map<Long, List<Long>> idsByOwner = new LinkedHashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        queries.list(sql, parameters, row -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) })
                .forEach(triple -> {
                    idsByOwner.computeIfAbsent(triple[0], key -> new ArrayList<>()).add(triple[1]);
                    if (withTotals) {
                        totals.put(triple[0], triple[2]);
                    }
                });
        return new OwnerPageIds(idsByOwner, totals);
    }

    /** Number of (visible) articles per owner, for {@code articleCount} under a list. */
    public Map<Long, Long> countByOwner(Owners owners, boolean publishedOnly) {
        owners.noteKeys();
        Map<Long, Long> counts = new HashMap<>();
        String sql = "select " + owners.ownerColumn() + ", count(*) from article a" + owners.join() + " where "
                + owners.condition() + visible(publishedOnly) + " group by " + owners.ownerColumn();
        queries.list(sql, owners.parameters(), row -> new long[] { row.getLong(1), row.getLong(2) })
                .forEach(pair -> counts.put(pair[0], pair[1]));
        return counts;
    }

    /**
     * The published articles in id order, cut into runs of {@code size}: each run's last
     * id and newest change, in one statement (a sitemap index's boundaries).
     */
    public List<IdRun> publishedIdRuns(int size) {
        String sql = "select max(id), max(updated_at) from (select id, updated_at,"
                + " (row_number() over (order by id) - 1) / cast(? as bigint) as run from article"
                + " where status = " + PUBLISHED + ") runs group by run order by run";
        return queries.list(sql, List.of(size), row -> new IdRun(row.getLong(1), row.getInstant(2)));
    }

    /** Up to {@code limit} published articles with ids above {@code afterId}, in id order: their addresses. */
    public List<Listed> publishedAfterId(long afterId, int limit) {
        String sql = "select id, slug, canonical_url, updated_at from article where status = " + PUBLISHED
                + " and id > ? order by id" + limitClause(limit);
        return queries.list(sql, List.of(afterId),
                row -> new Listed(row.getLong(1), row.getString(2), row.getString(3), row.getInstant(4)));
    }

    /**
     * Every article's id, version and last change, in no particular order: without an
     * order H2 reads them from an index of the three columns alone (V17) instead of every
     * row with its body. Through JDBC like the other start-up reads: a start that runs no
     * HQL does not pay for Hibernate's query machinery before it can serve.
     */
    public List<Stamp> stamps() {
        return queries.list("select id, version, updated_at from article", List.of(),
                row -> new Stamp(row.getLong(1), row.getInt(2), row.getInstant(3)));
    }

    /** Up to {@code limit} articles after id {@code afterId} whose plain-text body is missing, in id order. */
    public List<Body> bodiesWithoutText(long afterId, int limit) {
        String sql = "select id, body_html from article where body_text is null and id > ? order by id"
                + limitClause(limit);
        return queries.list(sql, List.of(afterId), row -> new Body(row.getLong(1), row.getString(2)));
    }

    /** Ids of articles whose scheduled publication time has come, oldest schedule first. */
    public List<Long> idsDueForPublication(Instant now, int limit) {
        String sql = "select id from article where scheduled_at <= ? order by scheduled_at, id" + limitClause(limit);
        return queries.list(sql, List.of(now), row -> row.getLong(1));
    }

    /** Each article's tags in the order given, for a batch of articles. */
    public Map<Long, List<TagView>> tagsOf(Collection<Long> articleIds) {
        Map<Long, List<TagView>> byArticle = new HashMap<>();
        if (!articleIds.isEmpty()) {
            String sql = "select atg.article_id, t.id, t.slug, t.name, t.kind, t.description from article_tag atg"
                    + " join tag t on t.id = atg.tag_id where atg.article_id = any(?) order by atg.article_id, atg.position";
            queries.list(sql, List.of((Object) articleIds.toArray(Long[]::new)), row -> {
                byArticle.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new TagView(row.getLong(2),
                        row.getString(3), row.getString(4), TagKind.valueOf(row.getString(5)), row.getString(6)));
                return null;
            });
        }
        return byArticle;
    }

    /** Each article's authors in byline order, for a batch of articles. */
    public Map<Long, List<AuthorView>> authorsOf(Collection<Long> articleIds) {
        Map<Long, List<AuthorView>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        String sql = "select aa.article_id, au.id, au.slug, au.name, au.kind from article_author aa"
                + " join author au on au.id = aa.author_id where aa.article_id = any(?)"
                + " order by aa.article_id, aa.position";
        queries.list(sql, List.of((Object) articleIds.toArray(Long[]::new)), row -> {
            byArticle.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(AuthorView.read(row, 2));
            return null;
        });
        return byArticle;
    }

    /** The stored (sanitized) bodies of these articles, by id. */
    public Map<Long, String> bodiesOf(Collection<Long> articleIds) {
        Map<Long, String> bodies = new HashMap<>();
        if (!articleIds.isEmpty()) {
            queries.list("select a.id, a.body_html from article a where a.id = any(?)",
                    List.of((Object) articleIds.toArray(Long[]::new)), row -> {
                        bodies.put(row.getLong(1), row.getString(2));
                        return null;
                    });
        }
        return bodies;
    }

    /** The body, language and source uri of these articles, by id: what a document written from them needs. */
    public Map<Long, ArticleService.DocumentFields> documentFieldsOf(Collection<Long> articleIds) {
        Map<Long, ArticleService.DocumentFields> fields = new HashMap<>();
        if (!articleIds.isEmpty()) {
            queries.list("select a.id, a.body_html, a.language, a.source_uri from article a where a.id = any(?)",
                    List.of((Object) articleIds.toArray(Long[]::new)), row -> {
                        fields.put(row.getLong(1), new ArticleService.DocumentFields(row.getString(2), row.getString(3),
                                row.getString(4)));
                        return null;
                    });
        }
        return fields;
    }

    /**
     * Views of the articles matching {@code where}, in {@code orderBy} (SQL after ORDER BY,
     * may be empty), with what {@code fetch} asks for. With authors there is a row per
     * author, in byline order after the article order; rows of one article follow each
     * other and become one view.
     */
    private List<ArticleView> views(String where, List<?> parameters, Fetch fetch, String orderBy) {
        StringBuilder sql = new StringBuilder("select ").append(viewColumns("a", "s", fetch.details()));
        int next = VIEW_COLUMNS + 1;
        int bodyColumn = fetch.body() ? next++ : 0;
        int authorColumn = fetch.authors() ? next : 0;
        if (fetch.body()) {
            sql.append(", a.body_html");
        }
        if (fetch.authors()) {
            sql.append(", au.id, au.slug, au.name, au.kind");
        }
        sql.append(" from article a left join news_source s on s.id = a.source_id");
        if (fetch.authors()) {
            sql.append(AUTHOR_JOIN);
        }
        sql.append(" where ").append(where);
        if (fetch.authors()) {
            orderBy = (orderBy.isEmpty() ? "" : orderBy + ", ") + "a.id, aa.position";
        }
        if (!orderBy.isEmpty()) {
            sql.append(" order by ").append(orderBy);
        }
        List<ArticleView> views = new ArrayList<>();
        List<List<AuthorView>> authors = new ArrayList<>(); // of each view, in step with views
        queries.list(sql.toString(), parameters, row -> {
            long id = row.getLong(1);
            ArticleView last = views.isEmpty() ? null : views.get(views.size() - 1);
            if (last == null || last.getId() != id) {
                ArticleView view = readView(row, 1);
                if (bodyColumn > 0) {
                    view = view.withBody(row.getString(bodyColumn));
                }
                if (authorColumn > 0) {
                    authors.add(new ArrayList<>());
                    view = view.withAuthors(authors.get(authors.size() - 1));
                }
                views.add(view);
            }
            if (authorColumn > 0 && row.getLong(authorColumn) != null) {
                authors.get(authors.size() - 1).add(AuthorView.read(row, authorColumn));
            }
            return null;
        });
        noteKeys(views);
        return views;
    }

    /** The surrogate keys of what was read: each article, its source and its authors (when read). */
    private static void noteKeys(List<ArticleView> views) {
        List<String> keys = new ArrayList<>(views.size() * 3);
        for (ArticleView view : views) {
            keys.add("article:" + view.getId());
            if (view.getSource() != null) {
                keys.add("source:" + view.getSource().id());
            }
            if (view.authors() != null) {
                view.authors().forEach(author -> keys.add("author:" + author.id()));
            }
        }
        ReadKeys.noteAll(keys);
    }

    /** What {@code viewer} may see, as a condition on {@code a}; its parameter (an owner) added to {@code parameters}. */
    private static String visible(Viewer viewer, List<Object> parameters) {
        if (viewer.editor()) {
            return "";
        }
        if (viewer.owner() == null) {
            return visible(true);
        }
        parameters.add(viewer.owner());
        return " and (a.status = " + PUBLISHED + " or a.created_by = ?)";
    }

    private static String visible(boolean publishedOnly) {
        return publishedOnly ? " and a.status = " + PUBLISHED : "";
    }
}

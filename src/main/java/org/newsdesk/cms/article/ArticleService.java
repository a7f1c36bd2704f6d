package org.newsdesk.cms.article;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleReads.Owners;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.tag.TagView;

/**
 * Reading articles, with the visibility rule applied everywhere: readers see
 * PUBLISHED articles only, editors see all. Reads are projections
 * ({@link ArticleReads}): nothing here manages an entity.
 */
@ApplicationScoped
public class ArticleService {

    /** One page of a list: its articles, and whether more follow. */
    public record Page(List<ArticleView> articles, boolean hasNext) {

        static Page of(List<ArticleView> rows, int first) {
            return rows.size() > first ? new Page(rows.subList(0, first), true) : new Page(rows, false);
        }
    }

    private final ArticleReads reads;
    private final ArticleRepository articles;

    ArticleService(ArticleReads reads, ArticleRepository articles) {
        this.reads = reads;
        this.articles = articles;
    }

    public Optional<ArticleView> findBySlug(String slug, Viewer viewer, Fetch fetch) {
        return reads.bySlug(slug, viewer, fetch);
    }

    public Optional<ArticleView> findById(long id, Viewer viewer, Fetch fetch) {
        return reads.byId(id, viewer, fetch);
    }

    public Page page(ArticleQuery query, String afterCursor, int first, Fetch fetch) {
        Cursor after = afterCursor == null ? null : checkedCursor(afterCursor, query.order());
        return Page.of(first == 0 ? List.of() : reads.page(query, after, first + 1, fetch), first);
    }

    public long count(ArticleQuery query) {
        return reads.count(query);
    }

    public String cursorOf(ArticleView article, ArticleQuery query) {
        return new Cursor(query.order().name(), query.order().keyOf(article), article.getId()).encode();
    }

    /** The first page of each owner's articles, newest first, in one query for all owners. */
    public Map<Long, Page> pagesByOwner(Owners owners, List<Long> ownerIds, Viewer viewer, String afterCursor,
            int first, Fetch fetch) {
        Cursor after = afterCursor == null ? null : checkedCursor(afterCursor, ArticleOrder.PUBLISHED_AT_DESC);
        return pages(owners, ownerIds, viewer, after, first, fetch, false).pages();
    }

    /** Each owner's first page and the number of their articles the viewer may see (none: not in the map). */
    public record PagesAndCounts(Map<Long, Page> pages, Map<Long, Long> counts) {
    }

    /**
     * {@link #pagesByOwner} without a cursor, with {@link #countByOwner}'s counts read in
     * the same statement: an author's page asks for both. {@code first} at least 1.
     */
    public PagesAndCounts firstPagesAndCounts(Owners owners, List<Long> ownerIds, Viewer viewer, int first,
            Fetch fetch) {
        if (first < 1) {
            throw new IllegalArgumentException("An empty page counts nothing: first must be at least 1");
        }
        return pages(owners, ownerIds, viewer, null, first, fetch, true);
    }

    private PagesAndCounts pages(Owners owners, List<Long> ownerIds, Viewer viewer, Cursor after, int first,
            Fetch fetch, boolean withCounts) {
        ArticleReads.OwnerPageIds ids = first == 0 ? new ArticleReads.OwnerPageIds(Map.of(), Map.of())
                : reads.pageIdsByOwner(owners, !viewer.editor(), after, first + 1, withCounts);
        Map<Long, ArticleView> byId = reads.byIds(ids.ids().values().stream().flatMap(List::stream).distinct()
                .toList(), false, fetch);
        Map<Long, Page> pages = new HashMap<>();
        for (Long ownerId : ownerIds) {
            List<ArticleView> rows = ids.ids().getOrDefault(ownerId, List.of()).stream().map(byId::get).toList();
            pages.put(ownerId, Page.of(rows, first));
        }
        return new PagesAndCounts(pages, ids.totals()); // as countByOwner's: owners with none left out
    }

    public Map<Long, Long> countByOwner(Owners owners, Viewer viewer) {
        return reads.countByOwner(owners, !viewer.editor());
    }

    /** Each article's tags in the order given, for a batch of articles. */
    public Map<Long, List<TagView>> tagsOf(List<ArticleView> articles) {
        return reads.tagsOf(articles.stream().map(ArticleView::getId).toList());
    }

    /** Visible articles by id. */
    public Map<Long, ArticleView> visibleById(Collection<Long> ids, Viewer viewer, Fetch fetch) {
        return reads.byIds(ids, !viewer.editor(), fetch);
    }

    /** Each article's authors in byline order, for a batch of articles: read with them, or now for the rest. */
    public Map<Long, List<AuthorView>> authorsOf(List<ArticleView> articles) {
        Map<Long, List<AuthorView>> byArticle = new HashMap<>();
        List<Long> unread = new ArrayList<>();
        for (ArticleView article : articles) {
            if (article.authors() != null) {
                byArticle.put(article.getId(), article.authors());
            } else {
                unread.add(article.getId());
            }
        }
        byArticle.putAll(reads.authorsOf(unread));
        return byArticle;
    }

    /**
     * What a document written from an article needs besides its view.
     *
     * @param bodyHtml  the stored, sanitized body
     * @param language  the content's BCP 47 language tag, or null
     * @param sourceUri the (not http) uri a ninjs document identified it with, or null
     */
    public record DocumentFields(String bodyHtml, String language, String sourceUri) {
    }

    /** {@link DocumentFields} of a batch of articles, by id, in one statement. */
    public Map<Long, DocumentFields> documentFieldsOf(List<ArticleView> articles) {
        return reads.documentFieldsOf(articles.stream().map(ArticleView::getId).toList());
    }

    /** The stored, sanitized body of an article read without it. */
    public String bodyOf(ArticleView article) {
        return article.bodyHtml() != null ? article.bodyHtml()
                : reads.bodiesOf(List.of(article.getId())).getOrDefault(article.getId(), "");
    }

    /** The published articles in id order, in runs of {@code size}: each run's last id and newest change. */
    public List<ArticleReads.IdRun> publishedIdRuns(int size) {
        return reads.publishedIdRuns(size);
    }

    /** Up to {@code limit} published articles with ids above {@code afterId}, in id order: their addresses. */
    public List<ArticleReads.Listed> publishedAfterId(long afterId, int limit) {
        return reads.publishedAfterId(afterId, limit);
    }

    /**
     * The searchable state of up to {@code limit} articles after id {@code afterId}, in
     * id order: what a search index is built from.
     */
    @Transactional
    public List<ArticleChange> searchStates(long afterId, int limit) {
        return articles.searchStates(afterId, limit);
    }

    /** The searchable state of these articles, those that still exist. */
    @Transactional
    public List<ArticleChange> searchStates(Collection<Long> ids) {
        return articles.searchStates(ids);
    }

    /**
     * Every article's id, version and last change, in no particular order: what an index kept on
     * disk compares itself with to find what changed while it was closed.
     */
    public List<ArticleReads.Stamp> searchStamps() {
        return reads.stamps();
    }

    private static Cursor checkedCursor(String encoded, ArticleOrder order) {
        Cursor cursor = Cursor.decode(encoded, order.name());
        try {
            if (cursor.key() != null) {
                order.parseKey(cursor.key());
            }
            return cursor;
        } catch (DateTimeException e) {
            throw ApiException.badRequest("The cursor '" + encoded + "' is damaged; start again without 'after'");
        }
    }
}

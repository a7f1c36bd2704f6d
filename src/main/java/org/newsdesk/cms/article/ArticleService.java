package org.newsdesk.cms.article;

import java.time.DateTimeException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.ArticleRepository.Owner;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.Viewer;

/**
 * Reading articles, with the visibility rule applied everywhere: readers see
 * PUBLISHED articles only, editors see all.
 */
@ApplicationScoped
public class ArticleService {

    /** One page of a list: its articles, and whether more follow. */
    public record Page(List<Article> articles, boolean hasNext) {
    }

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<Article> findBySlug(String slug, Viewer viewer) {
        return articles.findBySlug(slug).filter(article -> isVisible(article, viewer));
    }

    public Optional<Article> findById(long id, Viewer viewer) {
        return articles.findByIdWithSource(id).filter(article -> isVisible(article, viewer));
    }

    public static boolean isVisible(Article article, Viewer viewer) {
        return viewer.editor() || article.status == ArticleStatus.PUBLISHED;
    }

    public Page page(ArticleQuery query, String afterCursor, int first) {
        Cursor after = afterCursor == null ? null : checkedCursor(afterCursor, query.order());
        List<Article> rows = first == 0 ? List.of() : articles.page(query, after, first + 1);
        return rows.size() > first ? new Page(rows.subList(0, first), true) : new Page(rows, false);
    }

    public long count(ArticleQuery query) {
        return articles.count(query);
    }

    public String cursorOf(Article article, ArticleQuery query) {
        return new Cursor(query.order().name(), query.order().keyOf(article), article.id).encode();
    }

    /** The first page of each owner's articles, newest first, in one query for all owners. */
    public Map<Long, Page> pagesByOwner(Owner owner, List<Long> ownerIds, Viewer viewer, String afterCursor,
            int first) {
        ArticleOrder order = ArticleOrder.PUBLISHED_AT_DESC;
        Cursor after = afterCursor == null ? null
                : checkedCursor(afterCursor, order);
        Map<Long, List<Long>> idsByOwner = first == 0 ? Map.of()
                : articles.pageIdsByOwner(owner, ownerIds, !viewer.editor(), after, first + 1);
        Map<Long, Article> byId = byId(idsByOwner.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, Page> pages = new HashMap<>();
        for (Long ownerId : ownerIds) {
            List<Article> rows = idsByOwner.getOrDefault(ownerId, List.of()).stream().map(byId::get).toList();
            pages.put(ownerId, rows.size() > first ? new Page(rows.subList(0, first), true) : new Page(rows, false));
        }
        return pages;
    }

    public Map<Long, Long> countByOwner(Owner owner, List<Long> ownerIds, Viewer viewer) {
        return articles.countByOwner(owner, ownerIds, !viewer.editor());
    }

    /** Visible articles by id. */
    public Map<Long, Article> visibleById(Collection<Long> ids, Viewer viewer) {
        Map<Long, Article> byId = byId(ids);
        byId.values().removeIf(article -> !isVisible(article, viewer));
        return byId;
    }

    /**
     * The searchable state of up to {@code limit} articles after id {@code afterId}, in
     * id order: what a search index is built from.
     */
    @Transactional
    public List<ArticleChange> searchStates(long afterId, int limit) {
        return articles.searchStates(afterId, limit);
    }

    /** Each article's authors in byline order, for a batch of articles. */
    public Map<Long, List<Author>> authorsOf(List<Long> articleIds) {
        return articleIds.isEmpty() ? Map.of() : articles.authorsOf(articleIds);
    }

    private Map<Long, Article> byId(Collection<Long> ids) {
        return articles.findByIds(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
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

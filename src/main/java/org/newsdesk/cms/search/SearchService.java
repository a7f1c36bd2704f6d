package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.Viewer;

/**
 * Full-text search and suggested related articles, with the visibility rule of
 * every other list: readers find PUBLISHED articles only, editors find all.
 *
 * <p>Search results are in relevance order and paged by position: a cursor holds
 * the position after its edge (and which query it belongs to), so a page costs a
 * ranking of the matches whatever the position, and pages stay consistent as long
 * as the matches do not change in between. Positions end at {@link #MAX_POSITION}.
 */
@ApplicationScoped
public class SearchService {

    /** How deep search results can be paged. */
    public static final int MAX_POSITION = 10_000;

    /** One result with the cursor that points just after it. */
    public record Result(Article article, double score, String snippet, String cursor) {
    }

    /** A page of results, how many match in all, and whether more follow. */
    public record Page(List<Result> results, long total, boolean hasNext) {
    }

    private final ArticleSearch engine;
    private final ArticleService articles;

    SearchService(ArticleSearch engine, ArticleService articles) {
        this.engine = engine;
        this.articles = articles;
    }

    /**
     * @throws ApiException VALIDATION when the query has nothing to look for,
     *                      BAD_REQUEST for a cursor of another list or query
     */
    public Page search(String text, String afterCursor, int first, Viewer viewer) {
        SearchQuery query = SearchQuery.parse(text);
        String list = "search-" + query.fingerprint();
        int offset = afterCursor == null ? 0 : position(Cursor.decode(afterCursor, list));
        ArticleSearch.Hits hits = engine.search(query, !viewer.editor(), offset, first);
        Map<Long, Article> byId = articles.visibleById(
                hits.hits().stream().map(ArticleSearch.Hit::articleId).toList(), viewer);
        List<Result> results = new ArrayList<>();
        int position = offset;
        for (ArticleSearch.Hit hit : hits.hits()) {
            position++;
            Article article = byId.get(hit.articleId());
            if (article != null) { // else changed between the index and this read: leave it out
                results.add(new Result(article, hit.score(), Snippets.render(hit.snippet()),
                        new Cursor(list, null, position).encode()));
            }
        }
        return new Page(results, hits.total(), offset + hits.hits().size() < hits.total());
    }

    /**
     * Up to {@code first} suggestions per article, PUBLISHED articles only (for
     * editors too: suggestions point readers somewhere), in one engine call and
     * one query for the whole batch.
     */
    public Map<Long, List<Article>> suggestions(List<Long> articleIds, int first) {
        if (first == 0 || articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> similar = engine.similar(articleIds, first);
        Set<Long> wanted = new HashSet<>();
        similar.values().forEach(wanted::addAll);
        Map<Long, Article> byId = articles.visibleById(wanted, Viewer.READER);
        Map<Long, List<Article>> suggestions = new HashMap<>();
        similar.forEach((id, ids) -> suggestions.put(id,
                ids.stream().map(byId::get).filter(article -> article != null).toList()));
        return suggestions;
    }

    private static int position(Cursor cursor) {
        if (cursor.id() < 0 || cursor.id() > MAX_POSITION) {
            throw ApiException.badRequest("Search results can be paged to position " + MAX_POSITION
                    + " at most; narrow the query instead");
        }
        return (int) cursor.id();
    }
}

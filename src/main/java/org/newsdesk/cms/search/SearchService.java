package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.ReadKeys;

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
    public record Result(ArticleView article, double score, String cursor) {
    }

    /** A page of results and whether more follow; the query and caller, for its total and snippets. */
    public record Page(List<Result> results, boolean hasNext, SearchQuery query, boolean publishedOnly) {
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
    public Page search(String text, String afterCursor, int first, Viewer viewer, Fetch fetch) {
        SearchQuery query = SearchQuery.parse(text);
        ReadKeys.note(ReadKeys.SEARCH); // any change may change what matches
        String list = "search-" + query.fingerprint();
        int offset = afterCursor == null ? 0 : position(Cursor.decode(afterCursor, list));
        // One more than the page: whether more follow, without counting every match.
        List<ArticleSearch.Hit> hits = engine.search(query, !viewer.editor(), offset, first + 1);
        boolean hasNext = hits.size() > first;
        List<ArticleSearch.Hit> page = hasNext ? hits.subList(0, first) : hits;
        Map<Long, ArticleView> byId = articles.visibleById(page.stream().map(ArticleSearch.Hit::articleId).toList(),
                viewer, fetch);
        List<Result> results = new ArrayList<>();
        int position = offset;
        for (ArticleSearch.Hit hit : page) {
            position++;
            ArticleView article = byId.get(hit.articleId());
            if (article != null) { // else changed between the index and this read: leave it out
                results.add(new Result(article, hit.score(), new Cursor(list, null, position).encode()));
            }
        }
        return new Page(results, hasNext, query, !viewer.editor());
    }

    /** How many articles match, for {@code totalCount}: a count only clients that ask for it pay. */
    public long total(SearchQuery query, boolean publishedOnly) {
        return engine.count(query, publishedOnly);
    }

    /** Snippets of the given results' bodies, marked and escaped (see {@link Snippets}), by article id. */
    public Map<Long, String> snippets(SearchQuery query, List<Long> articleIds) {
        Map<Long, String> snippets = new HashMap<>();
        engine.snippets(query, articleIds).forEach((id, marked) -> snippets.put(id, Snippets.render(marked)));
        return snippets;
    }

    /**
     * Up to {@code first} suggestions per article, PUBLISHED articles only (for
     * editors too: suggestions point readers somewhere), in one engine call and
     * one query for the whole batch.
     */
    public Map<Long, List<ArticleView>> suggestions(List<Long> articleIds, int first, Fetch fetch) {
        if (first == 0 || articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> similar = engine.similar(articleIds, first);
        Set<Long> wanted = new HashSet<>();
        similar.values().forEach(wanted::addAll);
        Map<Long, ArticleView> byId = articles.visibleById(wanted, Viewer.READER, fetch);
        Map<Long, List<ArticleView>> suggestions = new HashMap<>();
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

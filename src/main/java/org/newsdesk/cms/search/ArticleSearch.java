package org.newsdesk.cms.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A full-text search engine over articles. There are two, chosen with the
 * database kind at build time: PostgreSQL's own text search
 * ({@link PostgresArticleSearch}) and, on H2, an embedded Lucene index
 * ({@link LuceneArticleSearch}). Both rank title matches above body matches and
 * read queries the same way ({@link SearchQuery}).
 */
public interface ArticleSearch {

    /**
     * One match.
     *
     * @param snippet plain body text around the matches, marked as {@link Snippets} describes
     */
    record Hit(long articleId, double score, String snippet) {
    }

    /** A page of matches, best first, and how many there are in all. */
    record Hits(List<Hit> hits, long total) {
    }

    /**
     * Matches of {@code query}, best first (ties by id), from position {@code offset}.
     *
     * @param publishedOnly true for readers: only PUBLISHED articles match
     */
    Hits search(SearchQuery query, boolean publishedOnly, int offset, int limit);

    /**
     * For each article, up to {@code limit} PUBLISHED articles with the most in
     * common with it (shared rare words, title words counting more), best first;
     * never the article itself nor one it already links to. One database query
     * for the whole batch at most.
     */
    Map<Long, List<Long>> similar(Collection<Long> articleIds, int limit);
}

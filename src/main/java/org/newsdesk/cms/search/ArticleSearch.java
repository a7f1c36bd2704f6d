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

    /** One match and its relevance. */
    record Hit(long articleId, double score) {
    }

    /**
     * Up to {@code limit} matches of {@code query}, best first (ties by id), from
     * position {@code offset}: only as much ranking as that takes.
     *
     * @param publishedOnly true for readers: only PUBLISHED articles match
     */
    List<Hit> search(SearchQuery query, boolean publishedOnly, int offset, int limit);

    /** How many articles match {@code query}: counted only when a client asks. */
    long count(SearchQuery query, boolean publishedOnly);

    /**
     * Plain body text around the matches of {@code query} in each of these articles,
     * marked as {@link Snippets} describes (the body's opening when only the title
     * matched); made only for the results a client asks snippets for.
     */
    Map<Long, String> snippets(SearchQuery query, Collection<Long> articleIds);

    /**
     * For each article, up to {@code limit} PUBLISHED articles with the most in
     * common with it (shared rare words, title words counting more), best first;
     * never the article itself nor one it already links to. One database query
     * for the whole batch at most.
     */
    Map<Long, List<Long>> similar(Collection<Long> articleIds, int limit);
}

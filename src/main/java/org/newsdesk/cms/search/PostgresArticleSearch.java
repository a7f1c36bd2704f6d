package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.newsdesk.cms.common.ReadQueries;
import org.newsdesk.cms.importer.ImportFinished;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Search on PostgreSQL, with its own text search: {@code article.search_vector}
 * (title weight A, body text weight B, English stemming; a generated column with a
 * GIN index, migration V4 in db/postgresql), queries through
 * {@code websearch_to_tsquery}, ranking by {@code ts_rank_cd}, snippets by
 * {@code ts_headline}. Every statement is fixed text with the caller's words as a
 * parameter. Searches, counts, snippets and suggestions are read-only projections
 * and go through {@link ReadQueries} (JDBC), like every other reader's list: no
 * Hibernate session, query translation or row mapping per request.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresArticleSearch implements ArticleSearch {

    /** Marks matches for {@link Snippets}; up to two passages of 15 to 35 words. */
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippets.MATCH_START + "\", StopSel=\""
            + Snippets.MATCH_END + "\", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=" + 2
            + ", FragmentDelimiter=\"" + Snippets.GAP + "\"";

    /**
     * One ranked page. The GIN index finds the matches; only they are ranked, and
     * neither counted nor headlined here (see {@link #COUNT} and {@link #SNIPPETS}).
     * A query of nothing but exclusions (querytree 'T') matches nothing here, as with
     * Lucene, rather than every article. The page's limit and offset are in the text
     * (ints, see {@code ArticleReads.limitClause}) so that each connection plans it once.
     */
    private static final String SEARCH = """
            select a.id, ts_rank_cd(a.search_vector, q.query) as score
            from article a, (select websearch_to_tsquery('english', ?) as query) q
            where a.search_vector @@ q.query and querytree(q.query) <> 'T' %s
            order by score desc, a.id
            limit %d offset %d""";

    private static final String COUNT = """
            select count(*) from article a, (select websearch_to_tsquery('english', ?) as query) q
            where a.search_vector @@ q.query and querytree(q.query) <> 'T' %s""";

    /** Headlines of the given articles only: the results a client asked snippets for. */
    private static final String SNIPPETS = """
            select a.id, ts_headline('english', left(coalesce(a.body_text, ''), 100000),
                                     websearch_to_tsquery('english', ?), ?) as snippet
            from article a where a.id = any(?)""";

    private static final String PUBLISHED_ONLY = "and a.status = 'PUBLISHED'";

    /**
     * For each article: its 25 most distinctive lexemes (tf × idf, document
     * frequencies from search_lexeme_stats; lexemes newer than the statistics count
     * as rare, those in no other article or in over half of them are skipped) as one
     * OR query, then the published articles that match it best by {@code ts_rank}
     * (which counts title matches more), less the article itself and those it links
     * to. The lexemes come from our own tsvectors, quoted for tsquery input.
     */
    private static final String SIMILAR = """
            with source as (
                select a.id, a.search_vector from article a where a.id = any(?)
            ), published as (
                select greatest(count(*), 1)::float8 as n from article where status = 'PUBLISHED'
            ), ranked as (
                select s.id as source_id, t.lexeme,
                       row_number() over (partition by s.id order by
                           coalesce(array_length(t.positions, 1), 1) * ln(p.n / coalesce(st.ndoc, 1)) desc, t.lexeme) as rn
                from source s
                cross join lateral unnest(s.search_vector) t
                cross join published p
                left join search_lexeme_stats st on st.word = t.lexeme
                where length(t.lexeme) >= 3 and (st.ndoc is null or (st.ndoc >= 2 and st.ndoc <= p.n / 2))
            ), queries as (
                select source_id,
                       string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery as q
                from ranked where rn <= 25 group by source_id
            )
            select q.source_id, c.id
            from queries q
            cross join lateral (
                select c.id, ts_rank(c.search_vector, q.q) as score
                from article c
                where c.search_vector @@ q.q and c.status = 'PUBLISHED' and c.id <> q.source_id
                  and not exists (select 1 from related_link l where l.article_id = q.source_id and l.target_id = c.id)
                order by score desc, c.id
                limit %d) c
            order by q.source_id, c.score desc, c.id""";

    private final EntityManager em;
    private final ReadQueries reads;

    PostgresArticleSearch(EntityManager em, ReadQueries reads) {
        this.em = em;
        this.reads = reads;
    }

    @Override
    public List<Hit> search(SearchQuery query, boolean publishedOnly, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return reads.list(SEARCH.formatted(publishedOnly ? PUBLISHED_ONLY : "", limit, Math.max(0, offset)),
                List.of(query.text()), row -> new Hit(row.getLong(1), rank(row.getDouble(2))));
    }

    /**
     * The rank as the shortest decimal of PostgreSQL's {@code real}: the driver hands the
     * same rank over as 0.3904762 (text, a statement's first runs) or as 0.39047619700431824
     * (binary, once the statement is prepared on the server); answers must not depend on that.
     */
    private static double rank(double real) {
        return Double.parseDouble(Float.toString((float) real));
    }

    @Override
    public long count(SearchQuery query, boolean publishedOnly) {
        return reads.list(COUNT.formatted(publishedOnly ? PUBLISHED_ONLY : ""), List.of(query.text()),
                row -> row.getLong(1)).get(0);
    }

    @Override
    public Map<Long, String> snippets(SearchQuery query, Collection<Long> articleIds) {
        Map<Long, String> snippets = new HashMap<>();
        if (articleIds.isEmpty()) {
            return snippets;
        }
        reads.list(SNIPPETS, List.of(query.text(), HEADLINE_OPTIONS, articleIds.toArray(Long[]::new)),
                row -> snippets.put(row.getLong(1), row.getString(2)));
        return snippets;
    }

    @Override
    public Map<Long, List<Long>> similar(Collection<Long> articleIds, int limit) {
        Map<Long, List<Long>> similar = new LinkedHashMap<>();
        // The limit in the text, as for every page size (an int the caller checked; see ArticleReads.limitClause).
        reads.list(SIMILAR.formatted(Math.max(0, limit)), List.of((Object) articleIds.toArray(Long[]::new)),
                row -> similar.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2)));
        return similar;
    }

    /** A folder import changes many articles at once: bring the word statistics up to date. */
    void onImportFinished(@Observes ImportFinished finished) {
        if (finished.changed() > 0) {
            refreshStatistics();
        }
    }

    /** Also catches edits, other replicas' imports and the command-line import of another process. */
    @Scheduled(every = "${cms.search.stats-refresh-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPeriodically() {
        refreshStatistics();
    }

    /** Concurrently: searches and suggestions go on reading the old statistics meanwhile. */
    void refreshStatistics() {
        try {
            long started = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("refresh materialized view concurrently search_lexeme_stats").executeUpdate());
            Log.infof("Search word statistics refreshed in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Suggestions work with older statistics; say so and go on.
            Log.warnf(e, "Could not refresh the search word statistics");
        }
    }
}

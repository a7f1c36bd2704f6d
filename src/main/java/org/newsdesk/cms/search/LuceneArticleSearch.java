package org.newsdesk.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.ArticleChange;
import org.newsdesk.cms.article.ArticleReads;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.related.RelatedLink;
import org.newsdesk.cms.related.RelatedLinkService;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Search on H2: a Lucene index of every article's id, status, title and body text,
 * kept on disk beside the database ({@link SearchIndexLocation}) or in memory. Made
 * ready on start ({@code cms.search.index-on-start}, or on the first search): built
 * from the database, or, when the index on disk is there, caught up with it (each
 * article's version and last change tell what changed while it was closed, or was
 * lost to a crash before the index's last commit); then kept in step by
 * {@link ArticleChange} events, applied after each commit. Changes are applied under
 * one lock with the newest version winning, so a change that arrives late, or while
 * the index is being built, never overwrites a newer state. Searches read a
 * near-real-time searcher refreshed when something was written since: a search right
 * after a write sees it.
 *
 * <p>Lucene is used here and by {@link SearchIndexDirectory}, which opens the index,
 * and only in H2 builds: a PostgreSQL build (and its native image) never reaches it.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class LuceneArticleSearch implements ArticleSearch {

    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String STATUS = "status";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String VERSION = "version";
    private static final String UPDATED = "updated_ms";
    /** Title matches count this much more than body matches. */
    private static final float TITLE_BOOST = 2.5f;
    /** Body text beyond this is not indexed (as on PostgreSQL, whose tsvector has a size limit). */
    private static final int MAX_INDEXED_CHARS = 100_000;
    private static final int BUILD_BATCH = 500;
    /** A snippet: up to two passages of about this many characters around matches. */
    private static final int PASSAGE_CHARS = 160;
    private static final int PASSAGES = 2;
    /** Best first, ties by article id, so pages do not depend on the index's internal order. */
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(ID_ORDER, SortField.Type.LONG));
    private static final Query PUBLISHED = new TermQuery(new Term(STATUS, ArticleStatus.PUBLISHED.name()));

    private final ArticleService articles;
    private final RelatedLinkService links;
    private final SearchConfig config;
    private final Optional<String> jdbcUrl;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);

    /** Serializes writes to the index, and the build against them. */
    private final ReentrantLock writing = new ReentrantLock();
    /** The version of each article in the index (Integer.MAX_VALUE once deleted); guarded by {@link #writing}. */
    private final Map<Long, Integer> indexedVersions = new HashMap<>();
    /** Counts writes; searchers are refreshed when they lag behind it. */
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong refreshedThrough = new AtomicLong();
    private volatile boolean built;
    /** Whether the index opened holds an earlier state of the articles to catch up from. */
    private boolean resumable;
    private boolean onDisk;
    /** The write count of the index's last commit; guarded by {@link #writing}. */
    private long committedThrough;
    private IndexWriter writer;
    private SearcherManager searchers;

    LuceneArticleSearch(ArticleService articles, RelatedLinkService links, SearchConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this.articles = articles;
        this.links = links;
        this.config = config;
        this.jdbcUrl = jdbcUrl;
    }

    @PostConstruct
    void open() {
        try {
            SearchIndexDirectory.Opened opened = SearchIndexDirectory.open(
                    SearchIndexLocation.resolve(config.indexDirectory(), jdbcUrl), analyzer);
            writer = opened.writer();
            onDisk = opened.onDisk();
            resumable = opened.resumable();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        writing.lock();
        try {
            searchers.close();
            writer.close(); // commits what an index on disk has not yet
        } finally {
            writing.unlock();
        }
    }

    /** Makes an index on disk durable up to now, when something was written since its last commit. */
    @Scheduled(every = "${cms.search.index-commit-every:10s}", delayed = "${cms.search.index-commit-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commit() {
        if (!onDisk || !built) {
            return;
        }
        writing.lock();
        try {
            long written = writes.get();
            if (written > committedThrough && writer.isOpen()) {
                writer.commit();
                committedThrough = written;
            }
        } catch (IOException | RuntimeException e) {
            Log.warnf(e, "Search index: commit failed; the next start catches up");
        } finally {
            writing.unlock();
        }
    }

    /** After BodyTextBackfill (priority 100), which fills the text this reads. */
    void onStart(@Observes StartupEvent event) {
        if (config.indexOnStart()) {
            ensureBuilt();
        }
    }

    /** Runs after the change's transaction committed; a rolled-back change never reaches the index. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChange change) {
        writing.lock();
        try {
            if (built) { // else the build, still to come, reads the committed state itself
                apply(change);
            }
        } catch (IOException | RuntimeException e) {
            // The write is committed and must stay so; the index catches up on the next start.
            Log.errorf(e, "Search index: could not apply the change of article %d", change.id());
        } finally {
            writing.unlock();
        }
    }

    @Override
    public List<Hit> search(SearchQuery query, boolean publishedOnly, int offset, int limit) {
        if (limit == 0) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            // Collects the top offset + limit only, and stops counting the rest.
            TopFieldDocs top = searcher.search(match(query, publishedOnly),
                    new TopFieldCollectorManager(RELEVANCE, offset + limit, null, offset + limit));
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                long id = Long.parseLong(stored.document(hit.doc, Set.of(ID)).get(ID));
                hits.add(new Hit(id, (Float) ((FieldDoc) hit).fields[0]));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public long count(SearchQuery query, boolean publishedOnly) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(match(query, publishedOnly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public Map<Long, String> snippets(SearchQuery query, Collection<Long> articleIds) {
        Map<Long, String> snippets = new HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            List<Long> found = new ArrayList<>();
            List<Integer> docs = new ArrayList<>();
            for (Long articleId : articleIds) {
                ScoreDoc[] doc = searcher.search(new TermQuery(idTerm(articleId)), 1).scoreDocs;
                if (doc.length > 0) {
                    found.add(articleId);
                    docs.add(doc[0].doc);
                }
            }
            if (docs.isEmpty()) {
                return snippets;
            }
            String[] passages = highlighter(searcher).highlightFields(new String[] { BODY }, toLucene(query),
                    docs.stream().mapToInt(Integer::intValue).toArray(), new int[] { PASSAGES }).get(BODY);
            for (int i = 0; i < found.size(); i++) {
                snippets.put(found.get(i), passages[i]);
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private Query match(SearchQuery query, boolean publishedOnly) {
        Query match = toLucene(query);
        return publishedOnly ? new BooleanQuery.Builder().add(match, Occur.MUST).add(PUBLISHED, Occur.FILTER).build()
                : match;
    }

    /**
     * Lucene's MoreLikeThis: the article's words that are frequent in it and rare
     * elsewhere (in at least one other article, at most half of them) become an OR
     * query over titles and bodies, each word weighted by that tf-idf.
     */
    @Override
    public Map<Long, List<Long>> similar(Collection<Long> articleIds, int limit) {
        Map<Long, Set<Long>> linked = new HashMap<>();
        for (RelatedLink link : links.linksOf(List.copyOf(articleIds))) {
            if (link.targetId != null) {
                linked.computeIfAbsent(link.articleId, id -> new HashSet<>()).add(link.targetId);
            }
        }
        Map<Long, List<Long>> similar = new HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
            moreLikeThis.setAnalyzer(analyzer);
            moreLikeThis.setFieldNames(new String[] { TITLE, BODY });
            moreLikeThis.setMinTermFreq(1);
            moreLikeThis.setMinDocFreq(2);
            moreLikeThis.setMaxDocFreqPct(50);
            moreLikeThis.setMinWordLen(3);
            moreLikeThis.setMaxQueryTerms(25);
            moreLikeThis.setBoost(true);
            StoredFields stored = searcher.storedFields();
            for (Long articleId : articleIds) {
                ScoreDoc[] self = searcher.search(new TermQuery(idTerm(articleId)), 1).scoreDocs;
                if (self.length == 0) {
                    similar.put(articleId, List.of());
                    continue;
                }
                BooleanQuery.Builder query = new BooleanQuery.Builder()
                        .add(moreLikeThis.like(self[0].doc), Occur.MUST)
                        .add(PUBLISHED, Occur.FILTER)
                        .add(new TermQuery(idTerm(articleId)), Occur.MUST_NOT);
                linked.getOrDefault(articleId, Set.of())
                        .forEach(target -> query.add(new TermQuery(idTerm(target)), Occur.MUST_NOT));
                TopFieldDocs top = searcher.search(query.build(), new TopFieldCollectorManager(RELEVANCE, limit, null, limit));
                List<Long> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    ids.add(Long.parseLong(stored.document(hit.doc, Set.of(ID)).get(ID)));
                }
                similar.put(articleId, ids);
            }
            return similar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Each group must match; within a group one term will do; a word or phrase
     * matches in the title (boosted) or the body. Terms that analyse to nothing
     * (stop words) drop out; with no positive term left nothing matches.
     */
    private Query toLucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        for (SearchQuery.Group group : query.groups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int alternatives = 0;
            for (SearchQuery.Term term : group.terms()) {
                Query words = titleOrBody(term.text());
                if (words == null) {
                    continue;
                }
                if (group.terms().size() == 1) {
                    all.add(words, term.excluded() ? Occur.MUST_NOT : Occur.MUST);
                    positive |= !term.excluded();
                } else {
                    any.add(term.excluded() ? without(words) : words, Occur.SHOULD);
                    alternatives++;
                }
            }
            if (alternatives > 0) {
                all.add(any.build(), Occur.MUST);
                positive = true;
            }
        }
        return positive ? all.build() : new MatchNoDocsQuery("no word to search for");
    }

    /** The words, in this order (a phrase, or a single word), in the title or the body; null for stop words only. */
    private Query titleOrBody(String text) {
        Query title = queries.createPhraseQuery(TITLE, text);
        Query body = queries.createPhraseQuery(BODY, text);
        if (title == null || body == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .add(body, Occur.SHOULD)
                .build();
    }

    private static Query without(Query words) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(words, Occur.MUST_NOT).build();
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(MAX_INDEXED_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1) // only the title matched: the body's opening
                .withFormatter(MARKED_TEXT)
                .build();
    }

    /** Passages as plain text with each match between {@link Snippets#MATCH_START} and {@link Snippets#MATCH_END}. */
    private static final PassageFormatter MARKED_TEXT = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            for (Passage passage : passages) {
                if (!text.isEmpty()) {
                    text.append(Snippets.GAP);
                }
                int at = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], at);
                    int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                    if (end > start) {
                        text.append(content, at, start).append(Snippets.MATCH_START)
                                .append(content, start, end).append(Snippets.MATCH_END);
                        at = end;
                    }
                }
                text.append(content, at, passage.getEndOffset());
            }
            return text.toString();
        }
    };

    private IndexSearcher acquire() {
        ensureBuilt();
        try {
            long written = writes.get();
            if (refreshedThrough.get() < written) {
                searchers.maybeRefreshBlocking();
                refreshedThrough.accumulateAndGet(written, Math::max);
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index, or catches up with the database, holding off changes until done. */
    private void ensureBuilt() {
        if (built) {
            return;
        }
        writing.lock();
        try {
            if (built) {
                return;
            }
            long started = System.nanoTime();
            String done = resumable ? catchUp() : build();
            // Open the searcher on the new index now, at start-up, rather than in the first search.
            searchers.maybeRefreshBlocking();
            refreshedThrough.accumulateAndGet(writes.get(), Math::max);
            if (onDisk) {
                writer.commit();
                committedThrough = writes.get();
            }
            built = true;
            Log.infof("Search index %s in %d ms", done, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        } finally {
            writing.unlock();
        }
    }

    /** Reads every article from the database, a batch at a time. */
    private String build() throws IOException {
        writer.deleteAll();
        indexedVersions.clear();
        int count = 0;
        List<ArticleChange> batch = articles.searchStates(0, BUILD_BATCH);
        while (!batch.isEmpty()) {
            for (ArticleChange article : batch) {
                apply(article);
            }
            count += batch.size();
            batch = articles.searchStates(batch.get(batch.size() - 1).id(), BUILD_BATCH);
        }
        return "built: " + count + " articles";
    }

    /**
     * Compares each article's version and last change with what the index holds, then
     * indexes again only the articles that differ or are missing, and removes those
     * the database no longer has.
     */
    private String catchUp() throws IOException {
        Map<Long, long[]> held = stampsInIndex();
        List<Long> stale = new ArrayList<>();
        int current = 0;
        for (ArticleReads.Stamp article : articles.searchStamps()) {
            long[] indexed = held.remove(article.id());
            if (indexed != null && indexed[0] == article.version()
                    && indexed[1] == article.updatedAt().toEpochMilli()) {
                indexedVersions.put(article.id(), article.version());
                current++;
            } else {
                stale.add(article.id());
            }
        }
        for (Long gone : held.keySet()) {
            apply(ArticleChange.deleted(gone));
        }
        for (int from = 0; from < stale.size(); from += BUILD_BATCH) {
            List<Long> batch = stale.subList(from, Math.min(stale.size(), from + BUILD_BATCH));
            for (ArticleChange article : articles.searchStates(batch)) {
                apply(article);
            }
        }
        return "caught up (articles current: " + current + ", indexed again: " + stale.size() + ", removed: "
                + held.size() + ")";
    }

    /** Each indexed article's id with its version and last change (epoch milliseconds). */
    private Map<Long, long[]> stampsInIndex() throws IOException {
        Map<Long, long[]> stamps = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID_ORDER);
                NumericDocValues versions = DocValues.getNumeric(leaf.reader(), VERSION);
                NumericDocValues updated = DocValues.getNumeric(leaf.reader(), UPDATED);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && versions.advanceExact(doc)
                            && updated.advanceExact(doc)) {
                        stamps.put(ids.longValue(), new long[] { versions.longValue(), updated.longValue() });
                    }
                }
            }
        }
        return stamps;
    }

    /** Applies one change unless the index already holds a newer state of the article. Call holding {@link #writing}. */
    private void apply(ArticleChange change) throws IOException {
        Integer indexed = indexedVersions.get(change.id());
        if (indexed != null && indexed > change.version()) {
            return;
        }
        if (change.deleted()) {
            writer.deleteDocuments(idTerm(change.id()));
        } else {
            writer.updateDocument(idTerm(change.id()), document(change));
        }
        indexedVersions.put(change.id(), change.version());
        writes.incrementAndGet();
    }

    private static Document document(ArticleChange article) {
        String body = article.bodyText() == null ? "" : article.bodyText();
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new NumericDocValuesField(ID_ORDER, article.id()));
        document.add(new NumericDocValuesField(VERSION, article.version()));
        document.add(new NumericDocValuesField(UPDATED, article.updatedAt() == null ? 0 : article.updatedAt().toEpochMilli()));
        document.add(new StringField(STATUS, article.status().name(), Field.Store.NO));
        // Stored: MoreLikeThis and the highlighter analyse the text again.
        document.add(new TextField(TITLE, article.title(), Field.Store.YES));
        document.add(new TextField(BODY, body.length() > MAX_INDEXED_CHARS ? body.substring(0, MAX_INDEXED_CHARS) : body,
                Field.Store.YES));
        return document;
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }
}

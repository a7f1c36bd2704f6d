-- Full-text search on PostgreSQL (H2 uses an embedded Lucene index instead).

-- Title (weight A) and plain body text (weight B), English stemming and stop
-- words. A stored generated column, so every write keeps it in step without the
-- application's help. The body is cut at 100,000 characters: a tsvector holds at
-- most 1 MB, and no news article is that long.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', left(coalesce(body_text, ''), 100000)), 'B')
) stored;
create index ix_article_search on article using gin (search_vector);

-- In how many published articles each lexeme occurs: suggestions pick an
-- article's most distinctive (rarest) words with it. Refreshed by the
-- application after import runs and periodically (cms.search.stats-refresh-every);
-- words newer than the last refresh count as rare, which they are.
create materialized view search_lexeme_stats as
    select word, ndoc from ts_stat('select search_vector from article where status = ''PUBLISHED''');
-- Unique, so the view can be refreshed concurrently, without blocking readers.
create unique index uk_search_lexeme_stats_word on search_lexeme_stats (word);

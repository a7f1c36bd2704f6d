-- A source's count of published articles (sources { articleCount }, a source's page)
-- is read from this index alone on PostgreSQL, an index-only scan, instead of every
-- article row with its body: the list of sources with counts went from 420 to 1,180
-- requests/s (docs/benchmark.md, session 14). It replaces the index it extends: a
-- source's published articles by date still come from it, and the import keeps the
-- same number of indexes to update.
create index ix_article_source_status_published on article (source_id, status, published_at, id);
drop index ix_article_source_published;

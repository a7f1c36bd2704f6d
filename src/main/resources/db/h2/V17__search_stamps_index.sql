-- The embedded search index catches up on start by comparing every article's
-- version and last change with its own (LuceneArticleSearch.catchUp). H2 reads a
-- table's rows whole, bodies included: 0.6-1.2 s at 10,000 articles. This index
-- holds the three columns, so the stamps are read from it alone (about 60 ms), at
-- the cost of one more index for writes to keep.
create index ix_article_search_stamp on article (version, updated_at, id);

-- The body as plain text (the TEXT rendering of the sanitized HTML), written
-- with the body. Full-text search reads it on both databases: PostgreSQL's text
-- search and the embedded Lucene index on H2 index it, and search snippets are
-- cut from it. Rows written before this column existed are filled on start
-- (BodyTextBackfill), since only the application can turn HTML into text.
alter table article add column body_text varchar(1000000);

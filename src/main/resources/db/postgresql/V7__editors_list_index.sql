-- Editors' article list: newest publication first, drafts (no date) last, ties by id.
-- PostgreSQL reads ix_article_published backwards as "published_at desc NULLS FIRST",
-- so without this index every editors' page was a scan and sort of all articles
-- (200,000 rows: 63 ms for page 1, against 0.2 ms with it). Readers' lists need no
-- such index: published articles always have a date (V6), and they say no NULLS LAST.
-- H2 puts NULLs first in ascending indexes, so it reads ix_article_published backwards
-- in exactly this order already.
create index ix_article_published_nulls_last on article (published_at desc nulls last, id desc);

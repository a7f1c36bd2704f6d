-- A published article always has its publication date (publishing sets it, imports
-- carry it). Saying so lets lists of published articles page through the
-- (status, published_at, id) index with no NULL dates to sort last.
alter table article add constraint ck_article_published_has_date
    check (status <> 'PUBLISHED' or published_at is not null);

-- Roles: a contributor submits a draft for review (IN_REVIEW) and an editor may
-- return it with a note, which the revision of that change keeps.
alter table article drop constraint ck_article_status;
alter table article add constraint ck_article_status check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table article_revision drop constraint ck_article_revision_status;
alter table article_revision add constraint ck_article_revision_status
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table article_revision add column note varchar(2000);
-- A contributor's own articles: their lists filter on the account that created them.
create index ix_article_created_by on article (created_by, status);

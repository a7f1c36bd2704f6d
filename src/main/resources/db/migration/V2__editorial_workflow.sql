-- Editorial workflow: scheduled publication, who changed what, and revisions.

alter table article add column scheduled_at timestamp(6) with time zone;
alter table article add column created_by varchar(200);
alter table article add column updated_by varchar(200);
-- The publisher looks for due schedules on every tick.
create index ix_article_scheduled on article (scheduled_at);

create sequence article_revision_seq start with 1 increment by 50;

-- Immutable snapshots: one per change of an article's content or status.
create table article_revision (
    id          bigint        not null primary key,
    article_id  bigint        not null,
    number      integer       not null,
    created_at  timestamp(6) with time zone not null,
    editor      varchar(200),
    title       varchar(500)  not null,
    status      varchar(16)   not null,
    body_html   varchar(1000000) not null,
    constraint uk_article_revision_number unique (article_id, number),
    constraint fk_article_revision_article foreign key (article_id) references article (id) on delete cascade,
    constraint ck_article_revision_status check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

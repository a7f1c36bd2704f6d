-- One schema for H2 (dev, tests, the plain jar) and PostgreSQL 15 (production):
-- only types and syntax both accept. Ids come from sequences in steps of 50 so
-- Hibernate can hand them out in blocks and batch inserts during imports.

create sequence news_source_seq start with 1 increment by 50;
create sequence author_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence related_link_seq start with 1 increment by 50;
create sequence import_run_seq start with 1 increment by 50;
create sequence import_item_seq start with 1 increment by 50;

create table news_source (
    id          bigint        not null primary key,
    slug        varchar(200)  not null,
    name        varchar(300)  not null,
    domain      varchar(255)  not null,
    url         varchar(2048),
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint uk_news_source_slug unique (slug),
    constraint uk_news_source_domain unique (domain)
);

create table author (
    id          bigint        not null primary key,
    slug        varchar(200)  not null,
    name        varchar(300)  not null,
    kind        varchar(16)   not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint uk_author_slug unique (slug),
    constraint ck_author_kind check (kind in ('PERSON', 'AGENCY'))
);

create table article (
    id              bigint         not null primary key,
    slug            varchar(200)   not null,
    title           varchar(500)   not null,
    -- the title folded for matching "Related article" links (see TitleKey)
    title_key       varchar(500)   not null,
    status          varchar(16)    not null,
    published_at    timestamp(6) with time zone,
    body_html       varchar(1000000) not null,
    excerpt         varchar(1000)  not null,
    word_count      integer        not null,
    image_caption   varchar(2000),
    image_credit    varchar(500),
    image_url       varchar(2048),
    canonical_url   varchar(2048),
    source_id       bigint,
    -- the file an imported article came from; identifies it when it has no URL
    import_file     varchar(1024),
    -- fingerprint of the imported document, to report an unchanged re-import
    content_hash    varchar(64),
    version         integer        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uk_article_slug unique (slug),
    constraint uk_article_canonical_url unique (canonical_url),
    constraint fk_article_source foreign key (source_id) references news_source (id),
    constraint ck_article_status check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);
create index ix_article_published on article (published_at, id);
create index ix_article_status_published on article (status, published_at, id);
create index ix_article_updated on article (updated_at, id);
create index ix_article_title on article (title, id);
create index ix_article_title_key on article (title_key);
create index ix_article_source_published on article (source_id, published_at, id);
create index ix_article_import_file on article (import_file);

create table article_author (
    article_id  bigint  not null,
    position    integer not null,
    author_id   bigint  not null,
    constraint pk_article_author primary key (article_id, position),
    constraint fk_article_author_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_author_author foreign key (author_id) references author (id)
);
create index ix_article_author_author on article_author (author_id, article_id);

create table related_link (
    id          bigint        not null primary key,
    article_id  bigint        not null,
    position    integer       not null,
    paragraph   integer       not null,
    title       varchar(500)  not null,
    title_key   varchar(500)  not null,
    url         varchar(2048),
    target_id   bigint,
    constraint uk_related_link_position unique (article_id, position),
    constraint fk_related_link_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_related_link_target foreign key (target_id) references article (id) on delete set null
);
create index ix_related_link_target on related_link (target_id);
create index ix_related_link_title_key on related_link (title_key);

create table import_run (
    id           bigint        not null primary key,
    trigger_kind varchar(16)   not null,
    location     varchar(1024),
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    created      integer       not null,
    updated      integer       not null,
    unchanged    integer       not null,
    failed       integer       not null
);
create index ix_import_run_started on import_run (started_at, id);

create table import_item (
    id          bigint         not null primary key,
    run_id      bigint         not null,
    position    integer        not null,
    file        varchar(1024)  not null,
    status      varchar(16)    not null,
    article_id  bigint,
    error       varchar(2000),
    constraint fk_import_item_run foreign key (run_id) references import_run (id) on delete cascade,
    constraint fk_import_item_article foreign key (article_id) references article (id) on delete set null,
    constraint ck_import_item_status check (status in ('CREATED', 'UPDATED', 'UNCHANGED', 'FAILED'))
);
create index ix_import_item_run on import_item (run_id, position);
create index ix_import_item_article on import_item (article_id);

-- Sections (a tree: world > europe; an article has one, its primary section) and
-- tags (flat topics, people, places, organisations; many per article). Names are
-- matched case- and accent-insensitively through name_key (the slug of the name).

create sequence section_seq start with 1 increment by 50;
create sequence tag_seq start with 1 increment by 50;

create table section (
    id           bigint        not null primary key,
    slug         varchar(200)  not null,
    name         varchar(300)  not null,
    name_key     varchar(200)  not null,
    description  varchar(2000),
    parent_id    bigint,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uk_section_slug unique (slug),
    constraint fk_section_parent foreign key (parent_id) references section (id)
);
create index ix_section_parent on section (parent_id, name_key);

create table tag (
    id           bigint        not null primary key,
    slug         varchar(200)  not null,
    name         varchar(300)  not null,
    name_key     varchar(200)  not null,
    kind         varchar(16)   not null,
    description  varchar(2000),
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uk_tag_slug unique (slug),
    constraint uk_tag_name_key unique (name_key),
    constraint ck_tag_kind check (kind in ('TOPIC', 'PERSON', 'PLACE', 'ORGANISATION'))
);
create index ix_tag_name on tag (name, id);

-- The slugs a tag was known by before it was merged into another: they still resolve.
create table tag_alias (
    slug    varchar(200) not null primary key,
    tag_id  bigint       not null,
    constraint fk_tag_alias_tag foreign key (tag_id) references tag (id) on delete cascade
);

alter table article add column section_id bigint;
alter table article add constraint fk_article_section foreign key (section_id) references section (id);
create index ix_article_section_published on article (section_id, status, published_at, id);

create table article_tag (
    article_id  bigint  not null,
    position    integer not null,
    tag_id      bigint  not null,
    constraint pk_article_tag primary key (article_id, position),
    constraint fk_article_tag_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_tag_tag foreign key (tag_id) references tag (id)
);
create index ix_article_tag_tag on article_tag (tag_id, article_id);

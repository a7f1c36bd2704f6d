-- The audit trail: one row per mutation and per import run, written in the
-- transaction of the change it records. Rows are only ever added (and pruned
-- after the retention period); the API has no way to change them.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id              bigint                      not null,
    at              timestamp(6) with time zone not null,
    user_name       varchar(200)                not null,
    role            varchar(32)                 not null,
    operation       varchar(64)                 not null,
    target_ids      varchar(2000)               not null,
    article_id      bigint,
    fields          varchar(2000)               not null,
    outcome         varchar(32)                 not null,
    client_address  varchar(64),
    constraint pk_audit_entry primary key (id)
);
-- Newest first, overall, per user and per article.
create index ix_audit_entry_at on audit_entry (at, id);
create index ix_audit_entry_user on audit_entry (user_name, at, id);
create index ix_audit_entry_article on audit_entry (article_id, at, id);

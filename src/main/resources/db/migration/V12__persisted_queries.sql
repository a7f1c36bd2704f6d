-- Automatic persisted queries: documents by their SHA-256, so that clients can send
-- the hash alone (by GET, which HTTP caches keep) and every replica knows it.
create table persisted_query (
    hash        varchar(64)                 not null,
    document    varchar(100000)             not null,
    created_at  timestamp(6) with time zone not null,
    constraint pk_persisted_query primary key (hash)
);

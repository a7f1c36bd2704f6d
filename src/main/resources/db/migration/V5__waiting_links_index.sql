-- Each imported article looks for links waiting for its title: title_key = ? and
-- target_id is null. With one index per column, H2 (its statistics still empty
-- during a first import) could walk every waiting link instead of the few with
-- that title; one index on both makes the lookup exact on H2 and PostgreSQL.
-- (V3 and V4 belong to full-text search.)
drop index ix_related_link_title_key;
create index ix_related_link_waiting on related_link (title_key, target_id);

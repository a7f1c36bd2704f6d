-- From ninjs documents (agency JSON): the content's language (a BCP 47 tag), and
-- the item's uri when it is not an http(s) address (urn:, tag:), which then
-- identifies the article the way a canonical URL does: importing the same uri
-- again updates that article. An http(s) uri is the canonical URL, as before.
alter table article add column language varchar(35);
alter table article add column source_uri varchar(2048);
alter table article add constraint uk_article_source_uri unique (source_uri);

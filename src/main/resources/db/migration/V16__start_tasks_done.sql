-- Work a start does once and never again, by name. Filling the plain-text body of
-- rows written before V3 (BodyTextBackfill) looked for such rows on every start: a
-- scan of every article with its body, 0.8 s of an H2 start at 10,000 articles,
-- although none can appear once they are filled (every write sets the column).
create table start_task_done (
    name    varchar(100)                not null,
    done_at timestamp(6) with time zone not null,
    constraint pk_start_task_done primary key (name)
);

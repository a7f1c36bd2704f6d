-- Change events (an outbox): written in the transaction of the change they describe,
-- then delivered to each subscriber (webhooks, the HTTP cache's purge) by whichever
-- replica claims the delivery first.
create sequence change_event_seq start with 1 increment by 50;
create sequence delivery_seq start with 1 increment by 50;

create table change_event (
    id              bigint                      not null,
    type            varchar(64)                 not null,
    occurred_at     timestamp(6) with time zone not null,
    keys            varchar(2000)               not null,
    article_id      bigint,
    article_slug    varchar(200),
    article_status  varchar(16),
    article_version integer,
    editor          varchar(200),
    constraint pk_change_event primary key (id)
);

create table delivery (
    id              bigint                      not null,
    event_id        bigint                      not null,
    subscriber      varchar(2000)               not null,
    ordering_key    varchar(64)                 not null,
    status          varchar(16)                 not null,
    attempts        integer                     not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error      varchar(1000),
    delivered_at    timestamp(6) with time zone,
    constraint pk_delivery primary key (id),
    constraint fk_delivery_event foreign key (event_id) references change_event (id) on delete cascade,
    constraint ck_delivery_status check (status in ('PENDING', 'DELIVERED', 'DEAD'))
);
-- Due deliveries, oldest event first; and per subscriber and article, in event order.
create index ix_delivery_due on delivery (status, next_attempt_at, event_id);
create index ix_delivery_order on delivery (subscriber, ordering_key, status, event_id);

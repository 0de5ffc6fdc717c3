-- Pairs of records a manager confirmed are not the same: never suggested as duplicates again.
create table dismissed_duplicate (
    record_kind  varchar(20) not null,
    first_id     bigint      not null,
    second_id    bigint      not null,
    dismissed_by varchar(50) not null,
    dismissed_at timestamp with time zone not null,
    constraint pk_dismissed_duplicate primary key (record_kind, first_id, second_id),
    constraint ck_dismissed_duplicate_order check (first_id < second_id),
    constraint ck_dismissed_duplicate_kind check (record_kind in ('ORGANISATION', 'PERSON'))
);

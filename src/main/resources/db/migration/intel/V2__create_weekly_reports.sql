-- Generated weekly reports: every generation of a week is kept as a new version; readers get the latest.
create table intel.weekly_reports (
    id            uuid         primary key,
    week          varchar(8)   not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    version       integer      not null check (version > 0),
    trigger       varchar(10)  not null check (trigger in ('SCHEDULE', 'MANUAL')),
    content       jsonb        not null,
    generated_by  uuid,
    generated_at  timestamptz  not null,
    unique (week, version)
);

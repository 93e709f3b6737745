-- ShedLock: one instance runs each scheduled job (shared by all modules)
create table if not exists shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

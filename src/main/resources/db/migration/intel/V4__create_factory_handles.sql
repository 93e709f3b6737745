-- The social handles directory factories name on their trust profiles (directory events SocialAccountLinked /
-- SocialAccountUnlinked). An imported account whose handle a factory named is linked to that factory; the first
-- factory to name a handle keeps it (an operator can still correct the link by curation).
create table intel.factory_handles (
    platform   varchar(16)  not null,
    handle_key varchar(100) not null check (handle_key = lower(handle_key)),
    factory_id uuid         not null,
    linked_at  timestamptz  not null,
    primary key (platform, handle_key)
);
create index factory_handles_factory_idx on intel.factory_handles (factory_id);
create index accounts_handle_key_idx on intel.accounts (platform, lower(handle));

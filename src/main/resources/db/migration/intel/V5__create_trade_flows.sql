-- China's exports by HS chapter and partner country, for the "where to export" score. A source is one imported
-- trade table (for example a UN Comtrade extract under its licence) or the synthetic table the application ships
-- until one is imported (synthetic = true, shown as such wherever it is used).
create table intel.trade_sources (
    id          uuid primary key,
    name        varchar(200) not null unique,
    licence     varchar(500) not null,
    synthetic   boolean      not null,
    rows        int          not null check (rows >= 0),
    imported_at timestamptz  not null,
    imported_by uuid
);

create table intel.trade_flows (
    source_id  uuid          not null references intel.trade_sources (id) on delete cascade,
    hs_chapter char(2)       not null check (hs_chapter ~ '^[0-9]{2}$'),
    partner    char(2)       not null check (partner ~ '^[A-Z]{2}$'),
    year       int           not null check (year between 1990 and 2100),
    export_usd numeric(18, 2) not null check (export_usd >= 0),
    primary key (source_id, hs_chapter, partner, year)
);

create schema if not exists intel;

-- Social accounts (TikTok first). handle is the natural key an import matches on: platform user ids get mangled
-- by spreadsheets, handles do not. factory_id points at a directory factory (no foreign key across modules);
-- curation sets it and imports never touch it. The author's raw payload stays inside each video's raw item.
create table intel.accounts (
    id               uuid         primary key,
    platform         varchar(16)  not null check (platform in ('TIKTOK')),
    handle           varchar(100) not null check (length(handle) > 0),
    platform_user_id varchar(40),
    nickname         varchar(200),
    profile_url      varchar(500),
    bio              text,
    bio_link         varchar(1000),
    verified         boolean      not null default false,
    seller           boolean      not null default false,
    followers        bigint       not null default 0 check (followers >= 0),
    following        bigint       not null default 0 check (following >= 0),
    likes_total      bigint       not null default 0 check (likes_total >= 0),
    video_total      bigint       not null default 0 check (video_total >= 0),
    b2b_score        numeric(3,2) not null default 0 check (b2b_score between 0 and 1),
    b2b_signals      jsonb        not null default '[]',
    quality_flags    text[]       not null default '{}',
    factory_id       uuid,
    synthetic        boolean      not null default false,
    first_seen_at    timestamptz  not null,
    updated_at       timestamptz  not null,
    unique (platform, handle)
);
create index accounts_factory_idx on intel.accounts (factory_id) where factory_id is not null;

-- Videos with their latest metrics. industry, product, country and region are the effective labels (a manual
-- label wins over the rules and survives re-import: *_source = 'MANUAL' is never overwritten by an import);
-- rule_labels keeps every rule label with confidence and reasons. raw is the item as the provider sent it.
create table intel.videos (
    id                uuid          primary key,
    platform          varchar(16)   not null check (platform in ('TIKTOK')),
    platform_video_id varchar(40)   not null check (platform_video_id ~ '^[0-9]+$'),
    account_id        uuid          not null references intel.accounts (id),
    text              text          not null default '',
    hashtags          text[]        not null default '{}',
    language          varchar(16),
    published_at      timestamptz   not null,
    published_on      date          not null,
    plays             bigint        not null default 0 check (plays >= 0),
    likes             bigint        not null default 0 check (likes >= 0),
    shares            bigint        not null default 0 check (shares >= 0),
    comments          bigint        not null default 0 check (comments >= 0),
    saves             bigint        not null default 0 check (saves >= 0),
    duration_seconds  integer,
    cover_url         varchar(2000),
    web_url           varchar(500)  not null,
    location          varchar(8),
    search_query      varchar(200),
    industry          varchar(50)   not null default 'other',
    industry_source   varchar(8)    not null default 'RULE' check (industry_source in ('RULE', 'MANUAL')),
    hs_chapter        char(2),
    product           varchar(60)   not null default '',
    product_source    varchar(8)    not null default 'RULE' check (product_source in ('RULE', 'MANUAL')),
    country           char(2)       not null default 'ZZ',
    region            varchar(40)   not null default 'unknown',
    country_source    varchar(8)    not null default 'RULE' check (country_source in ('RULE', 'MANUAL')),
    rule_labels       jsonb         not null default '[]',
    quality_flags     text[]        not null default '{}',
    synthetic         boolean       not null default false,
    raw               jsonb,
    first_seen_at     timestamptz   not null,
    updated_at        timestamptz   not null,
    unique (platform, platform_video_id)
);
create index videos_industry_day_idx on intel.videos (industry, published_on)
    include (account_id, country, plays, likes, shares, comments, saves);
create index videos_industry_plays_idx on intel.videos (industry, plays desc);
create index videos_product_plays_idx on intel.videos (product, plays desc);
create index videos_account_idx on intel.videos (account_id, published_at desc);
create index videos_day_idx on intel.videos (published_on);

-- Metrics over time: one row per video and import (or refresh), so growth can be measured.
create table intel.video_snapshots (
    video_id  uuid        not null references intel.videos (id),
    taken_at  timestamptz not null,
    plays     bigint      not null,
    likes     bigint      not null,
    shares    bigint      not null,
    comments  bigint      not null,
    saves     bigint      not null,
    primary key (video_id, taken_at)
);

-- Operators' labels; they win over the rules and survive re-import.
create table intel.manual_labels (
    id          uuid         primary key,
    video_id    uuid         not null references intel.videos (id),
    kind        varchar(16)  not null check (kind in ('INDUSTRY', 'PRODUCT', 'COUNTRY')),
    value       varchar(60)  not null,
    note        varchar(500),
    created_by  uuid,
    created_at  timestamptz  not null,
    unique (video_id, kind)
);

-- Daily figures per publish day, industry, target country and product: what the search, hot products and the
-- weekly report aggregate instead of a million video rows. Rebuilt for the days an import touched.
create table intel.daily_figures (
    day       date        not null,
    industry  varchar(50) not null,
    country   char(2)     not null,
    product   varchar(60) not null,
    videos    integer     not null,
    plays     bigint      not null,
    likes     bigint      not null,
    shares    bigint      not null,
    comments  bigint      not null,
    saves     bigint      not null,
    primary key (industry, day, country, product)
);

-- Import jobs: progress, counts and the rows that could not be imported (with line numbers).
create table intel.imports (
    id           uuid         primary key,
    format       varchar(20)  not null check (format in ('apify-json', 'apify-csv', 'curation-csv', 'apify-run')),
    filename     varchar(300),
    status       varchar(12)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress     smallint     not null default 0 check (progress between 0 and 100),
    total_rows   integer      not null default 0,
    processed    integer      not null default 0,
    inserted     integer      not null default 0,
    updated      integer      not null default 0,
    duplicates   integer      not null default 0,
    failed       integer      not null default 0,
    errors       jsonb        not null default '[]',
    message      varchar(1000),
    created_by   uuid,
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index imports_created_idx on intel.imports (created_at desc);

-- Industry and policy news kept by operators (seed 000's 行业资讯 / 政策), typed in or fetched from RSS/Atom feeds.
create table intel.news_feeds (
    id              uuid primary key,
    name            varchar(200)  not null,
    url             varchar(1000) not null unique,
    industry        varchar(40),
    region          varchar(40),
    enabled         boolean       not null,
    etag            varchar(300),
    last_modified   varchar(100),
    last_fetched_at timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null
);

create table intel.news_items (
    id           uuid primary key,
    title        varchar(300)  not null check (length(title) > 0),
    summary      varchar(2000),
    source       varchar(200)  not null,
    link         varchar(1000) not null unique,
    industry     varchar(40),
    region       varchar(40),
    published_on date          not null,
    feed_id      uuid references intel.news_feeds (id) on delete set null,
    created_by   uuid,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index news_items_date_idx on intel.news_items (published_on desc);
create index news_items_industry_idx on intel.news_items (industry, published_on desc);

-- Factory listings, licence reviews, trust profiles, inquiries and favourites (seed 002 六.1, 工厂名录页; seed 001).
-- A factory row holds what the public sees: the verified values. A review holds what was submitted; approval
-- copies it onto the factory, so a change under review never takes a listing down.

create table directory.factories (
    id                   uuid primary key,
    organization_id      uuid unique,                 -- null while an imported listing is unclaimed
    status               varchar(20) not null
        check (status in ('PENDING_REVIEW', 'REJECTED', 'LISTED', 'UNCLAIMED', 'DELISTED')),
    source               varchar(20) not null check (source in ('ONBOARDING', 'IMPORT', 'GENERATED')),
    import_key           varchar(600) unique,         -- normalised name + address of imported rows
    name                 varchar(200) not null,
    name_en              varchar(200),
    credit_code          varchar(18) unique,
    legal_representative varchar(60),
    province_code        varchar(2),
    city_code            varchar(4),
    county_code          varchar(6),
    address_line         varchar(300),
    country_code         varchar(2) not null default 'CN',
    lat                  double precision check (lat between -90 and 90),
    lng                  double precision check (lng between -180 and 180),
    licence_file_id      uuid,
    industry_tag_id      uuid,
    category_tag_ids     uuid[] not null default '{}',
    attribute_tag_ids    uuid[] not null default '{}',
    contact_name         varchar(60),
    contact_mobile       text,                        -- PII, encrypted (v1:…)
    contact_email        text,                        -- PII, encrypted (v1:…)
    description          varchar(4000),
    founded_year         integer check (founded_year between 1800 and 2100),
    staff_count          integer check (staff_count >= 0),
    area_sqm             integer check (area_sqm >= 0),
    production_lines     integer check (production_lines >= 0),
    monthly_capacity     varchar(200),
    oem                  boolean not null default false,
    odm                  boolean not null default false,
    export_countries     varchar(2)[] not null default '{}',
    search_keywords      varchar(8000) not null default '',
    certification_types  varchar(30)[] not null default '{}',
    verified_at          timestamptz,
    listed_at            timestamptz,
    inquiry_count        integer not null default 0 check (inquiry_count >= 0),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null default 0,
    check (status = 'UNCLAIMED' or organization_id is not null)
);
create index factories_status_idx on directory.factories (status);

-- Organisations whose business licence a reviewer approved. Factories get here through onboarding; traders,
-- brands and creators through the same review without a listing. Contact details are shown to these.
create table directory.verified_organizations (
    organization_id uuid primary key,
    company_name    varchar(200) not null,
    credit_code     varchar(18) not null unique,
    review_id       uuid not null,
    verified_at     timestamptz not null
);

create table directory.licence_reviews (
    id                   uuid primary key,
    kind                 varchar(20) not null check (kind in ('ONBOARDING', 'CHANGE', 'CLAIM', 'VERIFICATION')),
    status               varchar(20) not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    organization_id      uuid not null,
    factory_id           uuid references directory.factories (id),
    submitted_by         uuid not null,
    submitted_at         timestamptz not null,
    due_at               timestamptz not null,
    company_name         varchar(200) not null,
    credit_code          varchar(18) not null,
    legal_representative varchar(60) not null,
    province_code        varchar(2) not null,
    city_code            varchar(4),
    county_code          varchar(6),
    address_line         varchar(300) not null,
    licence_file_id      uuid not null,
    industry_tag_id      uuid,
    category_tag_ids     uuid[] not null default '{}',
    attribute_tag_ids    uuid[] not null default '{}',
    contact_name         varchar(60) not null,
    contact_mobile       text,
    contact_email        text,
    decided_by           uuid,
    decided_at           timestamptz,
    reason               varchar(500),
    version              integer not null default 0,
    check (status = 'PENDING' or decided_at is not null),
    check (status <> 'REJECTED' or reason is not null)
);
-- One open review per organisation: a resubmission replaces (withdraws) the open one.
create unique index licence_reviews_one_pending_idx on directory.licence_reviews (organization_id) where status = 'PENDING';
create index licence_reviews_queue_idx on directory.licence_reviews (status, due_at);

create table directory.certifications (
    id               uuid primary key,
    factory_id       uuid not null references directory.factories (id),
    type             varchar(30) not null,
    name             varchar(100),
    issuer           varchar(200) not null,
    number           varchar(100) not null,
    valid_from       date,
    valid_until      date,
    evidence_file_id uuid not null,
    status           varchar(20) not null check (status in ('PENDING', 'VERIFIED', 'REJECTED')),
    verified_by      uuid,
    verified_at      timestamptz,
    reason           varchar(500),
    reminded_at      timestamptz,
    created_by       uuid not null,
    created_at       timestamptz not null,
    check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index certifications_factory_idx on directory.certifications (factory_id);
create index certifications_expiry_idx on directory.certifications (valid_until) where status = 'VERIFIED';

create table directory.showcase_products (
    id              uuid primary key,
    factory_id      uuid not null references directory.factories (id),
    name            varchar(200) not null,
    image_file_ids  uuid[] not null default '{}',
    price_min       numeric(19, 4) check (price_min >= 0),
    price_max       numeric(19, 4),
    currency        varchar(3),
    moq             integer check (moq > 0),
    moq_unit        varchar(20),
    lead_time_days  integer check (lead_time_days >= 0),
    category_tag_id uuid,
    position        integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (price_max is null or price_min is null or price_max >= price_min),
    check ((price_min is null and price_max is null) or currency is not null)
);
create index showcase_products_factory_idx on directory.showcase_products (factory_id, position);

create table directory.factory_media (
    id         uuid primary key,
    factory_id uuid not null references directory.factories (id),
    file_id    uuid not null,
    kind       varchar(10) not null check (kind in ('PHOTO', 'VIDEO')),
    caption    varchar(200),
    position   integer not null default 0,
    created_at timestamptz not null,
    unique (factory_id, file_id)
);

create table directory.social_accounts (
    id         uuid primary key,
    factory_id uuid not null references directory.factories (id),
    platform   varchar(20) not null check (platform in ('TIKTOK', 'DOUYIN', 'XIAOHONGSHU', 'YOUTUBE', 'INSTAGRAM', 'FACEBOOK', 'LINKEDIN')),
    handle     varchar(100) not null,
    created_at timestamptz not null,
    unique (factory_id, platform, handle)
);
create index social_accounts_handle_idx on directory.social_accounts (platform, lower(handle));

create table directory.inquiries (
    id                    uuid primary key,
    factory_id            uuid not null references directory.factories (id),
    buyer_organization_id uuid not null,
    buyer_user_id         uuid not null,
    product_id            uuid references directory.showcase_products (id),
    product_name          varchar(200) not null,
    quantity              integer not null check (quantity > 0),
    unit                  varchar(20) not null,
    message               varchar(2000) not null,
    status                varchar(20) not null check (status in ('NEW', 'READ', 'CLOSED')),
    created_at            timestamptz not null,
    read_at               timestamptz
);
create index inquiries_factory_idx on directory.inquiries (factory_id, created_at desc);
create index inquiries_buyer_idx on directory.inquiries (buyer_organization_id, created_at desc);

create table directory.favourites (
    user_id    uuid not null,
    factory_id uuid not null references directory.factories (id),
    created_at timestamptz not null,
    primary key (user_id, factory_id)
);

create table directory.import_jobs (
    id             uuid primary key,
    organization_id uuid not null,
    created_by     uuid not null,
    filename       varchar(300) not null,
    status         varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows     integer not null default 0,
    processed_rows integer not null default 0,
    imported       integer not null default 0,
    merged         integer not null default 0,
    failed         integer not null default 0,
    errors         jsonb not null default '[]',
    failure        varchar(500),
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz
);

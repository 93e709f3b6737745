create schema if not exists catalog;

-- SPUs: what a product is, whatever channel sells it. Sales attributes (colour, size, spec) span the SKU matrix.
create table catalog.products (
    id               uuid         primary key,
    organization_id  uuid         not null,
    name             varchar(200) not null check (length(name) > 0),
    brand            varchar(100),
    category         varchar(100),
    kind             varchar(16)  not null check (kind in ('PHYSICAL', 'VIRTUAL')),
    virtual_type     varchar(32)  check (virtual_type in ('COURSE', 'AUDIO', 'ACTIVATION_CODE', 'MEMBERSHIP_CARD', 'LIVE_TICKET')),
    weight_grams     int          check (weight_grams >= 0),
    length_mm        int          check (length_mm >= 0),
    width_mm         int          check (width_mm >= 0),
    height_mm        int          check (height_mm >= 0),
    ship_from        varchar(100),
    freight_template varchar(100),
    currency         char(3)      not null,
    sales_attributes jsonb        not null,
    media            jsonb        not null,
    status           varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint products_virtual_type check ((kind = 'VIRTUAL') = (virtual_type is not null))
);
create index products_organization_idx on catalog.products (organization_id, created_at desc);

-- SKUs with their prices in the product's currency. No price may be below the floor price (最低售价).
create table catalog.skus (
    id              uuid          primary key,
    product_id      uuid          not null references catalog.products (id),
    organization_id uuid          not null,
    code            varchar(64)   not null,
    attributes      jsonb         not null,
    attributes_key  varchar(1000) not null,
    msrp            numeric(19,4) not null check (msrp >= 0),
    cost            numeric(19,4) not null check (cost >= 0),
    floor_price     numeric(19,4) not null check (floor_price >= 0),
    price           numeric(19,4) not null,
    member_price    numeric(19,4),
    position        int           not null,
    constraint skus_product_attributes_key unique (product_id, attributes_key),
    constraint skus_organization_code_key unique (organization_id, code),
    constraint skus_price_floor check (price >= floor_price),
    constraint skus_member_price_floor check (member_price is null or member_price >= floor_price)
);
create index skus_product_idx on catalog.skus (product_id, position);

create table catalog.channel_prices (
    sku_id  uuid          not null references catalog.skus (id),
    channel varchar(32)   not null check (channel in ('MINI_PROGRAM', 'H5', 'TAOBAO', 'XIAOHONGSHU', 'DOUYIN', 'PINDUODUO')),
    price   numeric(19,4) not null check (price >= 0),
    primary key (sku_id, channel)
);

-- Time-limited activity prices (flash sale, live room) with their validity.
create table catalog.activity_prices (
    id        uuid          primary key,
    sku_id    uuid          not null references catalog.skus (id),
    activity  varchar(200)  not null check (length(activity) > 0),
    price     numeric(19,4) not null check (price >= 0),
    starts_at timestamptz   not null,
    ends_at   timestamptz   not null,
    constraint activity_prices_window check (ends_at > starts_at)
);
create index activity_prices_sku_idx on catalog.activity_prices (sku_id, starts_at);

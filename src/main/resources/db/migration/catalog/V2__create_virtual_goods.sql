-- Activation codes imported into a SKU's pool. A code goes to at most one unit of one order, ever: it is taken by a
-- conditional update (order_id is null), the unit key makes a second delivery of the same unit impossible, and
-- deliveries.code_id is unique as well.
create table catalog.activation_codes (
    id              uuid         primary key,
    organization_id uuid         not null,
    sku_id          uuid         not null references catalog.skus (id),
    code            varchar(200) not null check (length(code) > 0),
    imported_at     timestamptz  not null,
    order_id        uuid,
    order_line      int,
    unit            int,
    delivered_at    timestamptz,
    constraint activation_codes_sku_code_key unique (sku_id, code),
    constraint activation_codes_unit_key unique (order_id, order_line, unit),
    constraint activation_codes_delivery_complete check (
        (order_id is null and order_line is null and unit is null and delivered_at is null)
        or (order_id is not null and order_line is not null and unit is not null and delivered_at is not null))
);
create index activation_codes_free_idx on catalog.activation_codes (sku_id, imported_at, id) where order_id is null;

-- What the virtual lines of a paid order delivered, one row per unit: an activation code, a course or audio access
-- grant, a membership card or a live-room ticket. The buyer sees these on the order page.
create table catalog.deliveries (
    id              uuid         primary key,
    organization_id uuid         not null,
    order_id        uuid         not null,
    order_line      int          not null,
    unit            int          not null check (unit >= 0),
    buyer_id        uuid         not null,
    sku_id          uuid         not null references catalog.skus (id),
    product_name    varchar(200) not null,
    kind            varchar(32)  not null check (kind in ('COURSE', 'AUDIO', 'ACTIVATION_CODE', 'MEMBERSHIP_CARD', 'LIVE_TICKET')),
    code_id         uuid         references catalog.activation_codes (id),
    credential      varchar(200) not null,
    delivered_at    timestamptz  not null,
    constraint deliveries_unit_key unique (order_id, order_line, unit),
    constraint deliveries_code_key unique (code_id),
    constraint deliveries_credential_key unique (kind, credential),
    constraint deliveries_code_kind check ((kind = 'ACTIVATION_CODE') = (code_id is not null))
);
create index deliveries_buyer_idx on catalog.deliveries (buyer_id, delivered_at desc);

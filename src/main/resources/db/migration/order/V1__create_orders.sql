-- The schema is "orders": ORDER is a reserved word in SQL, and a quoted schema name would haunt every query.
create schema if not exists orders;

-- Own-store orders. The seller is an organisation (creator or brand); the buyer a user. The shipping address is
-- personal data: AES-GCM cipher text (PiiProtection), never clear text; lists show it masked.
create table orders.orders (
    id                uuid          primary key,
    organization_id   uuid          not null,
    buyer_id          uuid          not null,
    channel           varchar(32)   not null,
    status            varchar(24)   not null check (status in
                          ('PENDING_PAYMENT', 'TO_SHIP', 'SHIPPED', 'COMPLETED', 'CANCELLED', 'AFTER_SALE')),
    currency          char(3)       not null,
    total             numeric(19,4) not null check (total >= 0),
    idempotency_key   varchar(100)  not null,
    reservation_id    uuid          not null,
    recipient         text          not null check (recipient ~ '^v[0-9]+:'),
    phone             text          not null check (phone ~ '^v[0-9]+:'),
    region            varchar(200)  not null,
    address           text          not null check (address ~ '^v[0-9]+:'),
    payment_reference varchar(100),
    cancel_reason     varchar(32),
    expires_at        timestamptz   not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    paid_at           timestamptz,
    constraint orders_buyer_idempotency_key unique (buyer_id, idempotency_key)
);
create index orders_organization_idx on orders.orders (organization_id, created_at desc);
create index orders_buyer_idx on orders.orders (buyer_id, created_at desc);
create index orders_unpaid_expiry_idx on orders.orders (expires_at) where status = 'PENDING_PAYMENT';

create table orders.order_lines (
    order_id     uuid          not null references orders.orders (id),
    position     int           not null,
    sku_id       uuid          not null,
    product_name varchar(200)  not null,
    attributes   jsonb         not null,
    quantity     int           not null check (quantity > 0),
    unit_price   numeric(19,4) not null check (unit_price >= 0),
    price_source varchar(16)   not null,
    primary key (order_id, position)
);

-- Every status change, written by the same statement batch as the compare-and-set that made it.
create table orders.status_changes (
    id          uuid        primary key,
    order_id    uuid        not null references orders.orders (id),
    from_status varchar(24),
    to_status   varchar(24) not null,
    actor_id    uuid,
    reason      varchar(64),
    changed_at  timestamptz not null
);
create index status_changes_order_idx on orders.status_changes (order_id, changed_at);

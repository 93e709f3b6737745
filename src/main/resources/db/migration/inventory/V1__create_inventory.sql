create schema if not exists inventory;

-- One stock item per SKU and warehouse ('DEFAULT' until warehouses arrive). It carries no counters: those live in
-- its buckets, so a hot SKU's reservations spread over several rows (docs/adr/0005-hot-sku-stock.md).
create table inventory.stock_items (
    id                  uuid        primary key,
    organization_id     uuid        not null,
    sku_id              uuid        not null,
    warehouse           varchar(32) not null default 'DEFAULT',
    bucket_count        int         not null check (bucket_count between 1 and 64),
    low_stock_threshold int         check (low_stock_threshold >= 0),
    alert_user_id       uuid,
    alerted_at          timestamptz,
    created_at          timestamptz not null,
    constraint stock_items_sku_warehouse_key unique (sku_id, warehouse)
);
create index stock_items_organization_idx on inventory.stock_items (organization_id, created_at desc);

-- The counters. available = physical - reserved; the checks make an oversell impossible whatever the code does.
create table inventory.stock_buckets (
    stock_item_id uuid not null references inventory.stock_items (id),
    bucket        int  not null check (bucket >= 0),
    physical      int  not null check (physical >= 0),
    reserved      int  not null check (reserved >= 0),
    primary key (stock_item_id, bucket),
    constraint stock_buckets_reserved_within_physical check (reserved <= physical)
);

-- Activity pre-allocations (live room, flash sale): quantity set aside (counted in the buckets' reserved) that only
-- the activity's orders may take; pending = taken by unpaid orders, sold = paid.
create table inventory.allocations (
    id              uuid         primary key,
    organization_id uuid         not null,
    stock_item_id   uuid         not null references inventory.stock_items (id),
    bucket          int          not null,
    activity        varchar(200) not null check (length(activity) > 0),
    quantity        int          not null check (quantity >= 0),
    pending         int          not null check (pending >= 0),
    sold            int          not null check (sold >= 0),
    status          varchar(16)  not null check (status in ('ACTIVE', 'ENDED')),
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null,
    created_at      timestamptz  not null,
    ended_at        timestamptz,
    constraint allocations_pending_within_quantity check (pending <= quantity),
    constraint allocations_window check (ends_at > starts_at)
);
create index allocations_organization_idx on inventory.allocations (organization_id, created_at desc);
create index allocations_due_idx on inventory.allocations (ends_at) where status = 'ACTIVE';

-- Reservations: one per order (reference), lines per SKU; the status changes only by compare-and-set.
create table inventory.reservations (
    id              uuid         primary key,
    organization_id uuid         not null,
    reference       varchar(100) not null,
    status          varchar(16)  not null check (status in ('ACTIVE', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    expires_at      timestamptz  not null,
    created_at      timestamptz  not null,
    closed_at       timestamptz,
    close_reason    varchar(32)
);
create index reservations_expiry_idx on inventory.reservations (expires_at) where status = 'ACTIVE';

create table inventory.reservation_lines (
    reservation_id uuid not null references inventory.reservations (id),
    stock_item_id  uuid not null references inventory.stock_items (id),
    bucket         int  not null,
    quantity       int  not null check (quantity > 0),
    allocation_id  uuid references inventory.allocations (id),
    primary key (reservation_id, stock_item_id)
);
create index reservation_lines_item_idx on inventory.reservation_lines (stock_item_id);

-- The immutable ledger of physical stock: every change of physical is one row here (receipt, count, damage, sale,
-- import), so the sum of deltas is the physical stock.
create table inventory.movements (
    id              uuid         primary key,
    organization_id uuid         not null,
    stock_item_id   uuid         not null references inventory.stock_items (id),
    kind            varchar(16)  not null check (kind in ('INITIAL', 'RECEIPT', 'COUNT', 'DAMAGE', 'SALE', 'CORRECTION')),
    delta           int          not null,
    reason          varchar(500),
    reference       varchar(100),
    actor_id        uuid,
    created_at      timestamptz  not null
);
create index movements_item_idx on inventory.movements (stock_item_id, created_at desc, id desc);

create function inventory.movements_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'inventory.movements is an append-only ledger';
end $$;
create trigger movements_immutable before update or delete on inventory.movements
    for each statement execute function inventory.movements_are_immutable();

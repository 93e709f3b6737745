-- Optional per-channel caps: at most `cap` units of a SKU sold or reserved through one channel (null = no cap, the
-- count goes on). `used` grows with each reservation through the channel and shrinks when one is released; the
-- guarded update that reserves the stock checks it in the same statement.
create table inventory.channel_caps (
    stock_item_id uuid        not null references inventory.stock_items (id),
    channel       varchar(32) not null check (channel ~ '^[A-Z][A-Z0-9_]{0,31}$'),
    cap           int         check (cap >= 0),
    used          int         not null check (used >= 0),
    updated_at    timestamptz not null,
    primary key (stock_item_id, channel)
);

-- Which channel a reservation came through, and which of its lines counted against that channel's cap (so a release
-- gives back exactly what was counted, even if a cap was set in between).
alter table inventory.reservations add column channel varchar(32);
alter table inventory.reservation_lines add column capped boolean not null default false;


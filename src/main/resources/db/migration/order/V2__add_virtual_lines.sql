-- Whether a line sells virtual goods (delivered automatically on payment instead of shipped).
alter table orders.order_lines add column virtual boolean not null default false;

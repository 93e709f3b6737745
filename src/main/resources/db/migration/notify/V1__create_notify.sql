create schema if not exists notify;

-- How to reach a user, pushed by identity. Addresses are AES-GCM cipher text (PiiProtection), never clear text.
create table notify.recipients (
    user_id        uuid        primary key,
    locale         varchar(10) not null check (locale in ('zh-CN', 'en-US')),
    time_zone      varchar(64) not null,
    email          text        check (email ~ '^v[0-9]+:'),
    mobile         text        check (mobile ~ '^v[0-9]+:'),
    wechat_open_id text        check (wechat_open_id ~ '^v[0-9]+:'),
    updated_at     timestamptz not null
);

-- In-app notifications, rendered in the recipient's language when created; owned by a user, not an organisation.
create table notify.notifications (
    id         uuid          primary key,
    user_id    uuid          not null,
    category   varchar(64)   not null check (length(category) > 0),
    template   varchar(200)  not null,
    title      varchar(500)  not null,
    body       varchar(4000) not null,
    link       varchar(1000),
    created_at timestamptz   not null,
    read_at    timestamptz,
    constraint notifications_read_after_created check (read_at is null or read_at >= created_at)
);
create index notifications_user_created_idx on notify.notifications (user_id, created_at desc, id desc);
create index notifications_user_unread_idx on notify.notifications (user_id, created_at desc) where read_at is null;

-- Log of messages sent to outside channels: masked address and template only, never the content or full address.
create table notify.outgoing_messages (
    id                  uuid          primary key,
    user_id             uuid,
    channel             varchar(16)   not null check (channel in ('EMAIL', 'SMS', 'WECHAT')),
    masked_address      varchar(320)  not null,
    template            varchar(200)  not null,
    locale              varchar(10)   not null,
    status              varchar(16)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    provider_message_id varchar(200),
    error               varchar(1000),
    created_at          timestamptz   not null,
    completed_at        timestamptz,
    constraint outgoing_messages_completed_when_done check ((status = 'PENDING') = (completed_at is null)),
    constraint outgoing_messages_failure_has_reason check (status <> 'FAILED' or error is not null)
);
create index outgoing_messages_user_created_idx on notify.outgoing_messages (user_id, created_at desc);
create index outgoing_messages_pending_idx on notify.outgoing_messages (created_at) where status = 'PENDING';

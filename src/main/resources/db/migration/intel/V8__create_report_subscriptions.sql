-- Who receives the weekly report (seed 000: 每周一推送): a user, the export industries they follow (empty: all) and
-- the channels beyond the in-app notification (EMAIL, WECHAT).
create table intel.report_subscriptions (
    user_id         uuid primary key,
    organization_id uuid         not null,
    industries      varchar(40)[] not null,
    channels        varchar(10)[] not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

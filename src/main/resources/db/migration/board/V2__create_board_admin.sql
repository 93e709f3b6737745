-- The board's admin side (seed 002 四.(二)): matches the daily digest found, platform announcements for the home
-- page, and users' feedback (个人中心 · 意见反馈) with the platform's reply. Plus the indexes the dashboards count by.

-- A match the daily digest found between a posting and a counterpart (another posting, or a directory factory):
-- recorded once, when first seen, so a digest tells only what is new and the dashboards count matches per day.
create table board.matches (
    posting_id        uuid not null references board.postings (id) on delete cascade,
    counterpart_type  varchar(10) not null check (counterpart_type in ('POSTING', 'FACTORY')),
    counterpart_id    uuid not null,
    score             integer not null check (score between 0 and 100),
    first_seen_at     timestamptz not null,
    primary key (posting_id, counterpart_type, counterpart_id)
);
create index matches_time_idx on board.matches (first_seen_at);

-- 公告管理: shown on the home page between starts_at and ends_at (open-ended when null), newest first.
create table board.announcements (
    id          uuid primary key,
    title       varchar(100) not null,
    body        varchar(2000) not null,
    link        varchar(500),
    level       varchar(10) not null check (level in ('INFO', 'WARNING', 'URGENT')),
    starts_at   timestamptz not null,
    ends_at     timestamptz,
    created_by  uuid not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer not null default 0,
    check (ends_at is null or ends_at > starts_at)
);
create index announcements_window_idx on board.announcements (starts_at desc, ends_at);

-- 意见反馈: what a user wrote, an optional way to reach them (personal data, encrypted) and the platform's reply.
create table board.feedback (
    id              uuid primary key,
    organization_id uuid not null,
    user_id         uuid not null,
    category        varchar(20) not null check (category in ('SUGGESTION', 'PROBLEM', 'ACCOUNT', 'OTHER')),
    content         varchar(2000) not null,
    contact         text,                    -- PII, encrypted (v1:…)
    status          varchar(10) not null check (status in ('OPEN', 'REPLIED', 'CLOSED')),
    reply           varchar(2000),
    replied_by      uuid,
    replied_at      timestamptz,
    created_at      timestamptz not null,
    check ((status = 'REPLIED') = (reply is not null))
);
create index feedback_user_idx on board.feedback (user_id, created_at desc);
create index feedback_status_idx on board.feedback (status, created_at);

-- the dashboards count these per day
create index quotes_time_idx on board.quotes (created_at);
create index job_applications_time_idx on board.job_applications (created_at);
create index job_applications_decided_idx on board.job_applications (decided_at) where status = 'ACCEPTED';
create index contacts_deal_idx on board.contacts (deal_marked_at) where deal_marked_at is not null;
create index postings_created_idx on board.postings (created_at);

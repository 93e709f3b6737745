-- The supply–demand board (seed 002): five kinds of posting, their review, RFQ quotes, temp-job applications,
-- contacts between the parties, complaints, favourites and what a user viewed. A posting row holds what the public
-- sees; an edit of a published posting waits in pending_content until a reviewer approves it, so the approved
-- version stays up meanwhile.

create schema if not exists board;

-- Managed lists: job types (缝纫工, 包装工 …) and processes (注塑, 冲压 …). Retired terms keep resolving by id.
create table board.terms (
    id         uuid primary key,
    kind       varchar(20) not null check (kind in ('JOB_TYPE', 'PROCESS')),
    code       varchar(60) not null,
    name_zh    varchar(60) not null,
    name_en    varchar(100) not null,
    sort_order integer not null default 0,
    retired_at timestamptz,
    created_at timestamptz not null,
    unique (kind, code)
);
create unique index terms_name_idx on board.terms (kind, name_zh);

-- The moderation word list, kept by operators: BLOCK refuses a submission at once, REVIEW sends it to the manual
-- queue flagged, ALLOW lists phrases that must never be flagged although they contain a listed word.
create table board.moderation_words (
    id         uuid primary key,
    word       varchar(60) not null,
    normalized varchar(60) not null unique,
    level      varchar(10) not null check (level in ('BLOCK', 'REVIEW', 'ALLOW')),
    note       varchar(200),
    created_by uuid,
    created_at timestamptz not null
);

create table board.postings (
    id                   uuid primary key,
    kind                 varchar(20) not null
        check (kind in ('PROCUREMENT', 'INVENTORY', 'JOB', 'OEM_DEMAND', 'OEM_SERVICE')),
    status               varchar(20) not null
        check (status in ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN', 'CLOSED', 'REJECTED')),
    organization_id      uuid not null,
    author_user_id       uuid not null,
    idempotency_key      varchar(100),
    title                varchar(100) not null,
    description          varchar(4000) not null default '',
    province_code        varchar(2) not null,
    city_code            varchar(6),
    county_code          varchar(6),
    address_line         varchar(200),
    lat                  double precision check (lat between -90 and 90),
    lng                  double precision check (lng between -180 and 180),
    category_tag_id      uuid,
    quantity             numeric(19, 4) check (quantity > 0),
    unit                 varchar(20),
    headcount            integer check (headcount > 0),
    details              jsonb not null,
    term_ids             uuid[] not null default '{}',      -- job type or processes (filters)
    attributes           varchar(40)[] not null default '{}', -- kind-specific filter values: wage:DAILY, sale:WHOLESALE …
    media_file_ids       uuid[] not null default '{}',
    file_ids             uuid[] not null default '{}',      -- every file the posting shows (media, samples, drawings)
    search_text          varchar(8000) not null default '',
    valid_until          timestamptz not null,
    submitted_at         timestamptz,
    published_at         timestamptz,
    closed_at            timestamptz,
    review_flagged       boolean not null default false,
    review_hits          jsonb not null default '[]',
    rejection_reason     varchar(500),
    pending_content      jsonb,
    pending_submitted_at timestamptz,
    pending_flagged      boolean not null default false,
    pending_hits         jsonb not null default '[]',
    pending_rejection    varchar(500),
    -- counters kept by single guarded statements (never by the entity), so concurrent quotes, applications and
    -- contacts cannot lose an update or exceed a limit
    quote_seats          integer not null default 0 check (quote_seats >= 0),
    quote_count          integer not null default 0 check (quote_count >= 0 and quote_count <= quote_seats),
    application_count    integer not null default 0 check (application_count >= 0),
    accepted_count       integer not null default 0 check (accepted_count >= 0),
    contact_count        integer not null default 0 check (contact_count >= 0),
    view_count           integer not null default 0 check (view_count >= 0),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null default 0,
    unique (organization_id, idempotency_key),
    check (headcount is null or accepted_count <= headcount),
    check (status <> 'PUBLISHED' or published_at is not null)
);
create index postings_org_idx on board.postings (organization_id, created_at desc);
create index postings_review_idx on board.postings (submitted_at) where status = 'PENDING_REVIEW';
create index postings_pending_idx on board.postings (pending_submitted_at) where pending_content is not null;
create index postings_files_idx on board.postings using gin (file_ids);
create index postings_terms_idx on board.postings using gin (term_ids) where status = 'PUBLISHED';
create index postings_category_idx on board.postings (kind, category_tag_id, published_at desc) where status = 'PUBLISHED';
create index postings_expiry_idx on board.postings (valid_until) where status = 'PUBLISHED';

-- Every automatic check and every reviewer's decision, for the moderation log and the dashboards.
create table board.moderation_log (
    id          uuid primary key,
    posting_id  uuid not null references board.postings (id) on delete cascade,
    action      varchar(20) not null
        check (action in ('SUBMITTED', 'AUTO_BLOCKED', 'AUTO_FLAGGED', 'APPROVED', 'REJECTED', 'TAKEN_DOWN',
                          'WITHDRAWN', 'CLOSED', 'EXPIRED', 'REPOSTED')),
    revision    boolean not null default false,
    actor_id    uuid,
    reason      varchar(500),
    hits        jsonb not null default '[]',
    occurred_at timestamptz not null
);
create index moderation_log_posting_idx on board.moderation_log (posting_id, occurred_at);
create index moderation_log_time_idx on board.moderation_log (occurred_at, action);

-- RFQ quotes: one per factory per procurement demand; the factory may revise it while it is open.
create table board.quotes (
    id                   uuid primary key,
    posting_id           uuid not null references board.postings (id),
    organization_id      uuid not null,
    author_user_id       uuid not null,
    unit_price           numeric(19, 4) not null check (unit_price > 0),
    currency             varchar(3) not null,
    moq                  numeric(19, 4) not null check (moq > 0),
    lead_time_days       integer not null check (lead_time_days between 1 and 730),
    valid_until          date not null,
    notes                varchar(2000) not null default '',
    attachment_file_ids  uuid[] not null default '{}',
    status               varchar(20) not null
        check (status in ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    decided_at           timestamptz,
    version              integer not null default 0,
    unique (posting_id, organization_id)
);
create index quotes_org_idx on board.quotes (organization_id, created_at desc);

-- Quotes a factory used per calendar month (Asia/Shanghai), raised by one guarded upsert.
create table board.quote_quota (
    organization_id uuid not null,
    month           date not null,
    used            integer not null check (used >= 0),
    primary key (organization_id, month)
);

-- A temp worker's short profile, shown to factories they apply to. The mobile number is personal data.
create table board.worker_profiles (
    organization_id  uuid primary key,
    user_id          uuid not null,
    name             varchar(30) not null,
    mobile           text not null,              -- PII, encrypted (v1:…)
    gender           varchar(10) check (gender in ('MALE', 'FEMALE', 'UNDISCLOSED')),
    birth_year       integer check (birth_year between 1940 and 2015),
    experience_years integer not null default 0 check (experience_years between 0 and 60),
    job_type_ids     uuid[] not null default '{}',
    province_code    varchar(2),
    city_code        varchar(6),
    intro            varchar(500) not null default '',
    updated_at       timestamptz not null
);

create table board.job_applications (
    id                     uuid primary key,
    posting_id             uuid not null references board.postings (id),
    factory_organization_id uuid not null,
    worker_organization_id uuid not null,
    worker_user_id         uuid not null,
    name                   varchar(30) not null,
    mobile                 text not null,        -- PII, encrypted: a copy of the profile when applying
    gender                 varchar(10),
    birth_year             integer,
    experience_years       integer not null,
    intro                  varchar(500) not null default '',
    message                varchar(500) not null default '',
    status                 varchar(20) not null check (status in ('APPLIED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    reason                 varchar(300),
    created_at             timestamptz not null,
    decided_at             timestamptz,
    version                integer not null default 0,
    unique (posting_id, worker_organization_id)
);
create index job_applications_worker_idx on board.job_applications (worker_organization_id, created_at desc);
create index job_applications_factory_idx on board.job_applications (factory_organization_id, created_at desc);

-- 联系对方: who contacted whom about which posting, the conversation in chat, and the deal either party marks.
create table board.contacts (
    id                      uuid primary key,
    posting_id              uuid not null references board.postings (id),
    posting_kind            varchar(20) not null,
    owner_organization_id   uuid not null,
    initiator_organization_id uuid not null,
    initiator_user_id       uuid not null,
    conversation_id         uuid not null,
    created_at              timestamptz not null,
    deal_marked_at          timestamptz,
    deal_marked_by          uuid,
    unique (posting_id, initiator_organization_id)
);
create index contacts_owner_idx on board.contacts (owner_organization_id, created_at desc);
create index contacts_initiator_idx on board.contacts (initiator_organization_id, created_at desc);
create index contacts_time_idx on board.contacts (created_at);

-- Complaints (seed 002 纠纷处理机制) about a posting or a chat message; the reported text is copied when filed.
create table board.complaints (
    id                     uuid primary key,
    target_type            varchar(20) not null check (target_type in ('POSTING', 'MESSAGE')),
    target_id              uuid not null,
    posting_id             uuid,
    reported_organization_id uuid not null,
    reporter_organization_id uuid not null,
    reporter_user_id       uuid not null,
    reason                 varchar(20) not null
        check (reason in ('FRAUD', 'FALSE_INFORMATION', 'PROHIBITED', 'HARASSMENT', 'SPAM', 'OTHER')),
    description            varchar(1000) not null default '',
    evidence               varchar(4000) not null default '',
    status                 varchar(20) not null check (status in ('OPEN', 'RESOLVED', 'DISMISSED')),
    resolution             varchar(1000),
    action                 varchar(20) check (action in ('NONE', 'TAKE_DOWN')),
    resolved_by            uuid,
    resolved_at            timestamptz,
    created_at             timestamptz not null,
    unique (target_type, target_id, reporter_organization_id)
);
create index complaints_status_idx on board.complaints (status, created_at);

create table board.favourites (
    user_id    uuid not null,
    posting_id uuid not null references board.postings (id) on delete cascade,
    created_at timestamptz not null,
    primary key (user_id, posting_id)
);

-- What a user looked at recently, for explainable recommendations (the newest 50 per user are kept).
create table board.posting_views (
    user_id    uuid not null,
    posting_id uuid not null references board.postings (id) on delete cascade,
    viewed_at  timestamptz not null,
    primary key (user_id, posting_id)
);
create index posting_views_recent_idx on board.posting_views (user_id, viewed_at desc);

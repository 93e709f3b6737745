create schema if not exists identity;

create table identity.organizations (
    id          uuid primary key,
    name        varchar(200) not null,
    type        varchar(32)  not null check (type in ('FACTORY','TRADING_COMPANY','BRAND','CREATOR','WORKER','PLATFORM')),
    personal    boolean      not null default false,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index organizations_type_created_idx on identity.organizations (type, created_at);
-- exactly one platform organisation
create unique index organizations_one_platform on identity.organizations (type) where type = 'PLATFORM';

create table identity.users (
    id                 uuid primary key,
    display_name       varchar(100) not null,
    email_cipher       text,
    email_index        varchar(64) unique,
    mobile_cipher      text,
    mobile_index       varchar(64) unique,
    password_hash      varchar(200) not null,
    state              varchar(16)  not null default 'NORMAL' check (state in ('NORMAL','RESTRICTED','DISABLED')),
    state_reason       varchar(500),
    locale             varchar(10)  not null default 'zh-CN' check (locale in ('zh-CN','en-US')),
    time_zone          varchar(64)  not null default 'Asia/Shanghai',
    active_organization_id uuid references identity.organizations (id),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint users_has_login check (email_index is not null or mobile_index is not null),
    constraint users_reason_when_not_normal check (state = 'NORMAL' or state_reason is not null)
);
create index users_state_created_idx on identity.users (state, created_at);
create index users_created_idx on identity.users (created_at);

create table identity.memberships (
    organization_id uuid        not null references identity.organizations (id),
    user_id         uuid        not null references identity.users (id),
    role            varchar(16) not null check (role in ('OWNER','ADMIN','MEMBER','SUPER_ADMIN','REVIEWER','OPERATOR')),
    created_at      timestamptz not null,
    primary key (organization_id, user_id)
);
create index memberships_user_idx on identity.memberships (user_id);

create table identity.invitations (
    id              uuid primary key,
    organization_id uuid        not null references identity.organizations (id),
    contact_cipher  text        not null,
    contact_index   varchar(64) not null,
    contact_kind    varchar(8)  not null check (contact_kind in ('EMAIL','MOBILE')),
    role            varchar(16) not null check (role in ('ADMIN','MEMBER','SUPER_ADMIN','REVIEWER','OPERATOR')),
    code_hash       varchar(64) not null unique,
    status          varchar(16) not null check (status in ('PENDING','ACCEPTED','REVOKED')),
    invited_by      uuid        not null,
    accepted_by     uuid,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz
);
create unique index invitations_one_pending on identity.invitations (organization_id, contact_index) where status = 'PENDING';

create table identity.access_tokens (
    id              uuid primary key,
    user_id         uuid         not null references identity.users (id),
    organization_id uuid         not null references identity.organizations (id),
    name            varchar(100) not null,
    prefix          varchar(16)  not null,
    token_hash      varchar(64)  not null unique,
    created_at      timestamptz  not null,
    last_used_at    timestamptz,
    expires_at      timestamptz,
    revoked_at      timestamptz
);
create index access_tokens_user_idx on identity.access_tokens (user_id);

create table identity.login_attempts (
    login_index     varchar(64) primary key,
    failures        int         not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);

create table identity.password_resets (
    id         uuid primary key,
    user_id    uuid        not null references identity.users (id),
    code_hash  varchar(64) not null,
    attempts   int         not null default 0,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_resets_user_idx on identity.password_resets (user_id, created_at desc);

create table identity.wechat_identities (
    openid     varchar(64) primary key,
    unionid    varchar(64),
    user_id    uuid        not null references identity.users (id),
    created_at timestamptz not null
);

create table identity.audit_log (
    id          uuid primary key,
    occurred_at timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(100),
    action      varchar(100) not null,
    target_type varchar(50)  not null,
    target_id   uuid,
    target_name varchar(200),
    reason      varchar(500),
    details     jsonb        not null default '{}'::jsonb
);
create index audit_log_occurred_idx on identity.audit_log (occurred_at desc);
create index audit_log_target_idx on identity.audit_log (target_type, target_id);

-- Spring Session JDBC (browser sessions shared by all instances)
create table identity.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references identity.spring_session (primary_id) on delete cascade
);

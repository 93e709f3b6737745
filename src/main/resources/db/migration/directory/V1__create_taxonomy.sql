create schema if not exists directory;

-- Attribute tag groups (业务类型, 产能, 服务): fixed by migrations, tags are added to them in the console.
create table directory.attribute_groups (
    id          uuid         primary key,
    code        varchar(100) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_zh     varchar(50)  not null check (length(btrim(name_zh)) > 0),
    name_en     varchar(100) not null check (length(btrim(name_en)) > 0),
    sort_order  integer      not null
);

-- Seed 002's tags: level-1 industries (INDUSTRY), their level-2 categories (CATEGORY, parent = an industry) and
-- attribute tags (ATTRIBUTE, in a group). Tags are never deleted: a retired tag keeps its id, so profiles that
-- carry it still resolve it, while forms stop offering it.
create table directory.tags (
    id          uuid         primary key,
    code        varchar(100) not null unique
        check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$'),
    kind        varchar(16)  not null check (kind in ('INDUSTRY', 'CATEGORY', 'ATTRIBUTE')),
    parent_id   uuid         references directory.tags (id),
    group_id    uuid         references directory.attribute_groups (id),
    name_zh     varchar(50)  not null check (length(btrim(name_zh)) > 0),
    name_en     varchar(100) not null check (length(btrim(name_en)) > 0),
    sort_order  integer      not null,
    retired_at  timestamptz,
    retired     boolean      generated always as (retired_at is not null) stored,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint tags_placement check (
        (kind = 'INDUSTRY' and parent_id is null and group_id is null)
        or (kind = 'CATEGORY' and parent_id is not null and group_id is null)
        or (kind = 'ATTRIBUTE' and parent_id is null and group_id is not null))
);
-- One Chinese name per parent (or group, or among industries), retired tags included: restore rather than re-add.
create unique index tags_sibling_name_zh on directory.tags
    (kind, coalesce(parent_id, group_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name_zh));
create index tags_parent_idx on directory.tags (parent_id, sort_order) where parent_id is not null;
create index tags_group_idx on directory.tags (group_id, sort_order) where group_id is not null;

-- Seed 000's export industries (纺织服装, 电子数码 …); bucket is the key used by hs_chapter_zh_industry_map.csv.
create table directory.export_industries (
    id          uuid         primary key,
    code        varchar(100) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    bucket      varchar(50)  not null unique,
    name_zh     varchar(50)  not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null
);

-- Which export industries a seed-002 industry's products fall under (many-to-many).
create table directory.industry_export_industries (
    industry_id        uuid not null references directory.tags (id),
    export_industry_id uuid not null references directory.export_industries (id),
    primary key (industry_id, export_industry_id)
);
create index industry_export_industries_export_idx on directory.industry_export_industries (export_industry_id);

-- HS 2022 chapters and the export industry each belongs to.
create table directory.hs_chapters (
    chapter            char(2)      primary key check (chapter ~ '^[0-9]{2}$'),
    section            varchar(5)   not null,
    name_zh            varchar(200) not null,
    name_en            varchar(400) not null,
    export_industry_id uuid         not null references directory.export_industries (id)
);
create index hs_chapters_export_industry_idx on directory.hs_chapters (export_industry_id);

create schema if not exists files;

-- Metadata of uploaded files; the bytes live in the storage adapter under storage_key.
create table files.stored_files (
    id              uuid         primary key,
    organization_id uuid         not null,
    uploaded_by     uuid         not null,
    filename        varchar(255) not null check (length(filename) > 0),
    -- detected from the content; GIF is stored re-encoded as PNG
    content_type    varchar(100) not null
        check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'video/mp4')),
    size            bigint       not null check (size > 0),
    sha256          varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width           integer      check (width > 0),
    height          integer      check (height > 0),
    has_thumbnail   boolean      not null default false,
    visibility      varchar(16)  not null check (visibility in ('ORGANIZATION', 'PUBLIC')),
    storage_key     varchar(300) not null unique,
    created_at      timestamptz  not null,
    constraint stored_files_dimensions_together check ((width is null) = (height is null)),
    constraint stored_files_thumbnail_only_for_images check (not has_thumbnail or width is not null)
);

create index stored_files_organization_created_idx on files.stored_files (organization_id, created_at desc);

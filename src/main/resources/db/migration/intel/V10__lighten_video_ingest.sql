-- Ingest at 20,000 items/s (issue 4): every cost a video row carried on each import is moved or removed.

-- 1. The provider's item as received, out of the videos row: a re-import no longer rewrites ~1.2 KB of jsonb in the
--    main table (and its heap stays small for the search). Kept as text (exactly what was sent, no parse cost); only
--    the latest payload per video, rewritten only when it changed. No foreign key: the import writes it in the same
--    statement as the video, and a per-row RI trigger would cost the bulk path.
create table intel.video_raw (
    video_id    uuid        primary key,
    payload     text        not null,
    received_at timestamptz not null
);
insert into intel.video_raw (video_id, payload, received_at)
select id, raw::text, updated_at from intel.videos where raw is not null;
alter table intel.videos drop column raw;

-- 2. Quality flags without re-reading an account's whole history at the end of every import: the account keeps its
--    first publish day (emerging accounts of the weekly report), its latest publish time (INACTIVE) and the plays of
--    its known videos (growth), all maintained by the import's upserts.
alter table intel.accounts
    add column first_published_on date,
    add column last_published_at  timestamptz,
    add column plays_total        bigint not null default 0 check (plays_total >= 0);
update intel.accounts a
set first_published_on = x.first_on, last_published_at = x.last_at, plays_total = x.plays
from (select account_id, min(published_on) as first_on, max(published_at) as last_at, sum(plays) as plays
      from intel.videos group by account_id) x
where x.account_id = a.id;
create index accounts_first_published_idx on intel.accounts (first_published_on);

--    A video repeating an earlier one of the same account (same text and length) is a DUPLICATE: the first video
--    with a fingerprint owns it; a new video whose fingerprint is taken is flagged when it is inserted.
create table intel.video_fingerprints (
    account_id  uuid not null,
    fingerprint uuid not null,
    video_id    uuid not null,
    primary key (account_id, fingerprint)
);
insert into intel.video_fingerprints (account_id, fingerprint, video_id)
select distinct on (account_id, fp) account_id, fp, id
from (select account_id, id, published_at,
             md5(text || '|' || coalesce(duration_seconds::text, ''))::uuid as fp
      from intel.videos where text <> '') v
order by account_id, fp, published_at, id;

-- 3. Account figures over time (followers and the plays of its known videos), one row per account and day, so the
--    weekly report can find fast-growing accounts without reading video snapshots.
create table intel.account_snapshots (
    account_id uuid   not null,
    taken_on   date   not null,
    followers  bigint not null,
    plays      bigint not null,
    primary key (account_id, taken_on)
);
insert into intel.account_snapshots (account_id, taken_on, followers, plays)
select id, (updated_at at time zone 'UTC')::date, followers, plays_total from intel.accounts;

-- 4. Indexes no query needs any more: the daily figures are kept by deltas (no rebuild by day), and the account
--    lookups use videos_account_slice_idx (account_id leading).
drop index if exists intel.videos_day_idx;
drop index if exists intel.videos_account_idx;

-- 5. The Monday schedule generates a week's report once, whatever the number of instances or retries.
create unique index weekly_reports_scheduled_once on intel.weekly_reports (week) where trigger = 'SCHEDULE';

-- 6. The product's sample videos walk its industry's plays index (a product belongs to one industry): the videos'
--    product index was not used by the search and cost every insert and every metric update.
drop index if exists intel.videos_product_plays_idx;

-- 7. Imports now add their deltas to the daily figures in place: room on each page keeps those updates HOT (no new
--    index entries; the key never changes) and an earlier autovacuum keeps the aggregate reading few dead rows.
alter table intel.daily_figures set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.05);
alter table intel.accounts set (fillfactor = 80);

-- Ingest (issue 4): a new video was COPYed into its table at ~70 us of PostgreSQL time, a third of it in work that
-- no reader needs (profile in docs/performance.md).

-- 1. The (industry, day) index served no query of the product (the aggregates read the daily figures; reports, posters
--    and factory cards reach videos through their account); only the benchmark's plain GROUP BY baseline used it.
drop index if exists intel.videos_industry_day_idx;

-- 2. Per-row foreign-key checks on the bulk path (each a lookup and a KEY SHARE row lock on the parent): the import
--    writes an account before its videos and a video before its snapshot in one transaction, and neither accounts nor
--    videos are ever deleted. That last fact is now enforced instead: deleting or truncating them is refused.
alter table intel.videos drop constraint if exists videos_account_id_fkey;
alter table intel.video_snapshots drop constraint if exists video_snapshots_video_id_fkey;

create function intel.refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are never deleted: other rows refer to them', tg_table_name
        using errcode = 'restrict_violation';
end
$$;
create trigger accounts_never_deleted before delete or truncate on intel.accounts
    for each statement execute function intel.refuse_delete();
create trigger videos_never_deleted before delete or truncate on intel.videos
    for each statement execute function intel.refuse_delete();

-- 3. The rule labels with their reasons are written by the import and read whole (VideoDetails): kept as the JSON text
--    the application wrote, not parsed into jsonb on every insert and rewrite.
alter table intel.videos alter column rule_labels type text using rule_labels::text;

-- 4. A market row's competitor flag: the import passes the account's flag it already holds; only writers that do not
--    (curation) still have the trigger look it up. The check keeps the column as certain as the old NOT NULL did.
alter table intel.account_markets alter column competitor drop not null, alter column competitor drop default;
alter table intel.account_markets add constraint account_markets_competitor_known check (competitor is not null);
drop trigger account_markets_take_competitor on intel.account_markets;
create trigger account_markets_take_competitor before insert on intel.account_markets
    for each row when (new.competitor is null) execute function intel.account_markets_take_competitor();

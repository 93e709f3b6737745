-- The industry search's slow parts over 1,000,000 videos (docs/performance.md, issue 4).
--
-- 1. Competition per target country counts competitors only: accounts linked to a directory factory or with a B2B
--    score of at least 0.5 (two signals, e.g. OEM and WhatsApp in the bio). The count joined every market row of the
--    slice to its account (100-230 ms for a broad slice); now each market row carries the account's flag, kept by
--    triggers whoever writes the accounts (imports, curation, factory links), and a partial covering index answers
--    the count without reading the table (3-30 ms).
alter table intel.accounts
    add column competitor boolean not null generated always as (factory_id is not null or b2b_score >= 0.5) stored;

alter table intel.account_markets add column competitor boolean not null default false;
update intel.account_markets m set competitor = true
from intel.accounts a
where a.id = m.account_id and a.competitor;

create function intel.account_markets_take_competitor() returns trigger language plpgsql as $$
begin
    select a.competitor into new.competitor from intel.accounts a where a.id = new.account_id;
    new.competitor := coalesce(new.competitor, false);
    return new;
end
$$;
create trigger account_markets_take_competitor before insert on intel.account_markets
    for each row execute function intel.account_markets_take_competitor();

create function intel.accounts_pass_competitor() returns trigger language plpgsql as $$
begin
    update intel.account_markets set competitor = new.competitor
    where account_id = new.id and competitor <> new.competitor;
    return null;
end
$$;
create trigger accounts_pass_competitor after update on intel.accounts
    for each row when (old.competitor is distinct from new.competitor)
    execute function intel.accounts_pass_competitor();

create index account_markets_account_idx on intel.account_markets (account_id);
create index account_markets_competitors_idx on intel.account_markets (industry, last_on)
    include (first_on, country) where competitor;
drop index if exists intel.account_markets_last_idx;

-- 2. Top videos, the top accounts' candidates and a hot product's sample videos walk an industry's (or its countries')
--    videos by plays and keep those of the period: with the publish day, account, country, product and id in the
--    index that walk is index-only (a 7-day slice read ~2,400 rows for its 200 candidates), and only the few videos
--    shown are read from the table.
drop index if exists intel.videos_industry_plays_idx;
create index videos_industry_plays_idx on intel.videos (industry, plays desc)
    include (published_on, account_id, country, product, id);
drop index if exists intel.videos_industry_country_plays_idx;
create index videos_industry_country_plays_idx on intel.videos (industry, country, plays desc)
    include (published_on, account_id, product, id);

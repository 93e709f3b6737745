-- Ingest (issue 4): every batch of an import upserted the rows its videos share with other batches — the daily figures,
-- the accounts (their plays) and the accounts' markets — a third of PostgreSQL's time per new video, mostly on rows the
-- next batch upserts again. A batch now appends those changes to the logs below, in its own transaction (so they are
-- as durable as its videos), and the logs are folded into their tables by one statement each, in key order: at the end
-- of an import, after every other writer's batch, before a curation or a repair of days, and at startup (what a crash
-- left). The logs have no index: they are only ever appended to and emptied whole by the fold.
--
-- Who folds what: an account's changes and its markets' changes only under the lock of the account's stripe (the
-- writers' advisory locks, VideoStore.lockStripes), so a fold never meets a batch of the same accounts; the figures'
-- changes under one more lock taken after the stripes ('intel.figure-fold'), so folds take turns.
create table intel.figure_changes (like intel.daily_figures)
    with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 20000);

create table intel.account_changes (
    stripe      integer not null,
    account_id  uuid    not null,
    plays       bigint  not null
) with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 20000);

create table intel.market_changes (
    stripe      integer     not null,
    account_id  uuid        not null,
    industry    varchar(50) not null,
    country     char(2)     not null,
    first_on    date        not null,
    last_on     date        not null
) with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 20000);

comment on table intel.figure_changes is 'Changes of intel.daily_figures written by batches of videos, not yet folded in.';
comment on table intel.account_changes is 'Plays of new videos to add to intel.accounts.plays_total, not yet folded in.';
comment on table intel.market_changes is 'Publish ranges to widen intel.account_markets by, not yet folded in.';

-- A public share link per stored weekly report: a random, unguessable token (256 bits, Base64url), minted the first
-- time someone shares the report or makes its poster. Anyone with the link reads that version without signing in.
alter table intel.weekly_reports
    add column share_token varchar(43) check (share_token ~ '^[A-Za-z0-9_-]{43}$'),
    add column shared_at timestamptz;

create unique index weekly_reports_share_token_idx on intel.weekly_reports (share_token) where share_token is not null;

-- The search's plays indexes and the competition index are read index-only (V11), which needs the table's pages
-- marked all-visible by a vacuum. PostgreSQL's default vacuums a table after inserts of 20 % of its rows: an import of
-- 100,000 videos into 1,000,000 would leave its pages unmarked, and every search would read their rows again (top
-- accounts p95 86 ms instead of 9 ms right after such an import). Vacuum after 2 % instead, in the background.
alter table intel.videos set (
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_vacuum_scale_factor = 0.05,
    autovacuum_analyze_scale_factor = 0.02
);
alter table intel.account_markets set (
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_vacuum_scale_factor = 0.05
);

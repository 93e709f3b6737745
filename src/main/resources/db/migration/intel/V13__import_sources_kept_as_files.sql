-- Imports keep their raw payload as the source file under <data-dir>/intel/imports/ (ImportSources): the uploaded
-- file as received, or a provider run's items one per line. The per-video copy below is no longer written; its rows
-- from earlier imports stay readable.
comment on table intel.video_raw is
    'Raw items of imports before V13 (latest per video). Later imports keep their source file in <data-dir>/intel/imports/.';

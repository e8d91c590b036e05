-- How many files of an import run were later versions of works already there, which they updated.
-- Kept in step with ../h2/V7__import_run_updated.sql.

alter table import_run add column updated integer not null default 0;

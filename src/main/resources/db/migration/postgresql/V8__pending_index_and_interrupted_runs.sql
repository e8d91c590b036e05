-- Works a bulk import stored whose index writes wait for the end of the run: each row is written
-- in the work's own transaction and removed once the index has committed the work, so the works
-- of a run killed before its end are indexed when the archive next opens.
create table pending_index (
    run_id  bigint not null,
    work_id bigint not null
);

create index ix_pending_index_run on pending_index (run_id);

-- When the archive found a run that had neither finished nor was still running (it was killed).
alter table import_run add column interrupted_at timestamp with time zone;

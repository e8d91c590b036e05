-- Every imported file that names where it was first published looks up the works from that
-- address (another copy of the same work joins it): without an index each lookup reads every work,
-- and a bulk import of n works costs n^2.
create index ix_work_source_url on work (source_url);

-- When the process importing a run last said it was still at work: it renews this every few
-- seconds (ImportHeartbeat), so a run whose process was killed falls silent, and any node marks it
-- interrupted once it has been silent for two minutes. Runs kept before this count as heard of
-- when they started. Kept in step with ../h2/V26__import_run_heartbeat.sql.

alter table import_run add column heartbeat_at timestamp with time zone;
update import_run set heartbeat_at = started_at;
alter table import_run alter column heartbeat_at set not null;

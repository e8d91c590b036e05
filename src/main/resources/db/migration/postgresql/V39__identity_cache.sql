-- The H2 migration of this version gives identity columns a larger cache of values, because H2
-- writes its file whenever the cache runs out. PostgreSQL logs a sequence's values ahead within
-- the transaction's own write-ahead log, so its sequences stay as they are.
select 1;

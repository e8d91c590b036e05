-- A work's page names the first accounts that left kudos, oldest first: read in that order from an
-- index, not sorted from every kudos a popular work holds.
-- Kept in step with ../postgresql/V31__kudos_in_order.sql.
create index kudos_in_order on kudos (work_id, left_at, id);

-- The rows of the wrangling audit trail that one action wrote (a saved tag page, a PATCH, a bulk
-- action on many tags, an imported mapping, an undo) share a change set, undone as a whole; an
-- undo's rows name the set they took back (undoes), so that the next undo goes further back.
-- A row written before has a set of its own. Kept in step with ../h2/V37__tag_change_sets.sql.
alter table tag_change add column change_set varchar(36);
alter table tag_change add column undoes varchar(36);
update tag_change set change_set = cast(id as varchar(36));
alter table tag_change alter column change_set set not null;
create index tag_change_set on tag_change (change_set);
create index tag_change_undoes on tag_change (undoes);

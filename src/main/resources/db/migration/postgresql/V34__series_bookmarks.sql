-- Bookmarks of series, as AO3 has them: the same notes, tags, rec and private flag, one per
-- account and series. A bookmark is of a work or of a series (its kind); when either is deleted
-- its id goes and its title stays, as for works.
-- Kept in step with ../h2/V34__series_bookmarks.sql.
alter table bookmark add column kind varchar(6) not null default 'WORK';
alter table bookmark add column series_id bigint references series (id) on delete set null;
alter table bookmark add constraint bookmark_kind check (kind in ('WORK', 'SERIES'));
alter table bookmark add constraint bookmark_series_once unique (account_id, series_id);
create index bookmark_series on bookmark (series_id);

-- What readers filter and sort by beyond tags: a work's kudos, hits, comments and bookmarks
-- (carried over from the page a work was saved from when it states them), and whether the
-- work may be found at all: drafts and hidden works never appear to readers.
alter table work add column kudos integer not null default 0;
alter table work add column hits integer not null default 0;
alter table work add column comments integer not null default 0;
alter table work add column bookmarks integer not null default 0;
alter table work add column visibility varchar(16) not null default 'PUBLISHED';
alter table work add constraint work_visibility check (visibility in ('PUBLISHED', 'DRAFT', 'HIDDEN'));

-- How many chapters a work has, kept with it like its words, so that listings need not load
-- every chapter's text to count them.
alter table work add column chapter_count integer not null default 0;
update work set chapter_count = (select count(*) from chapter where chapter.work_id = work.id);

-- A tag filter names a tag without its kind ("Fluff"); look it up by name alone.
create index ix_tag_name on tag (name);

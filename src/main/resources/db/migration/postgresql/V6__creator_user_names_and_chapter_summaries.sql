-- Creators get a user name for their pages (/users/{user}/pseuds/{pseud}) and bylines: letters,
-- digits and underscores only, as AO3's and its readers' tools expect. Kept in step with
-- ../h2/V6__creator_user_names_and_chapter_summaries.sql.
alter table creator add column user_name varchar(255);

-- Existing creators: the name's letters and digits joined by underscores ("creator" when none is
-- left). Runs of other characters collapse to one underscore, so no such name holds "__"; a name
-- some earlier creator already has gets "__" and the creator's id, which no other name can be.
update creator set user_name = coalesce(
    nullif(trim(both '_' from left(regexp_replace(name, '[^A-Za-z0-9]+', '_', 'g'), 40)), ''), 'creator');
update creator c set user_name = user_name || '__' || id
    where exists (select 1 from creator d where d.user_name = c.user_name and d.id < c.id);

alter table creator alter column user_name set not null;
alter table creator add constraint uk_creator_user_name unique (user_name);

-- A chapter's summary, shown under its own "Summary:" heading as on AO3 (it was kept in its notes).
alter table chapter add column summary text;

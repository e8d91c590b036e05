-- An old archive's reviews, kept as comments under the reviewer's name (never an account's), and
-- its members' favourite stories, kept on their unclaimed bylines until a claim makes them
-- bookmarks. Kept in step with ../h2/V36__imported_reviews_and_favourites.sql.

-- Where an imported comment came from (archive and review id): importing again adds it once.
alter table work_comment add column imported_from varchar(300);
create unique index work_comment_imported_from on work_comment (imported_from);

-- A favourite waits on its byline; the claim that moves the byline to an account turns it into
-- that account's bookmark and removes it.
create table pending_favourite (
    creator_id bigint not null references creator (id) on delete cascade,
    work_id    bigint not null references work (id) on delete cascade,
    notes      text,
    primary key (creator_id, work_id)
);
create index pending_favourite_work on pending_favourite (work_id);

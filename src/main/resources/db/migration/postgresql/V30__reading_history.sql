-- A reader's history (AO3's "History"): one row per account and work they opened, with when they
-- last did, how often, the chapter they reached and their place in it (a paragraph's index), and
-- AO3's "Mark for Later". A deleted work's rows go with it; so do a closed account's.
-- Kept in step with ../h2/V30__reading_history.sql.
create table reading (
    account_id       bigint    not null references account (id) on delete cascade,
    work_id          bigint    not null references work (id) on delete cascade,
    visits           integer   not null default 0,
    last_visited_at  timestamp with time zone not null,
    chapter_position integer   not null default 1,
    paragraph        integer   not null default 0,
    marked_for_later boolean   not null default false,
    primary key (account_id, work_id)
);
-- A reader's history, newest first; their works to hide from lists, the most recent first.
create index reading_recent on reading (account_id, last_visited_at);
-- Works are deleted by id.
create index reading_work on reading (work_id);

-- A reader's choices about their history: paused (nothing is recorded) and whether works they
-- read leave their searches and lists. No row is the default: recording, listed.
create table reading_preference (
    account_id     bigint  primary key references account (id) on delete cascade,
    history_paused boolean not null default false,
    hide_read      boolean not null default false
);

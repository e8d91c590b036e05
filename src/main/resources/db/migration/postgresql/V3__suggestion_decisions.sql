-- An editor's decision on a tag suggestion: a rejected suggestion is kept, so that it is not
-- offered again; an accepted one becomes an ordinary tag and its suggestion row is removed.
alter table tag_suggestion add column rejected boolean not null default false;

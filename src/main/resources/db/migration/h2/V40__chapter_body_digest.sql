-- A digest of each chapter's text, written with the text (SHA-256 of its UTF-8, in hex, as
-- dev.quire.platform.Sha256 writes it), so that a page can tell a browser its copy is still good
-- without reading the text out of the database.
alter table chapter add column body_digest varchar(64);
update chapter set body_digest = lower(rawtohex(hash('SHA-256', body)));
alter table chapter alter column body_digest set not null;

-- H2 writes the database file each time an identity column has handed out its cached values
-- (32 by default): with a commit written before it returns (WRITE_DELAY=0), a store of every
-- changed page, dozens of times in an import batch. A thousand values a column make that rare. An
-- unclean stop leaves a gap in the ids, as a rolled-back insert does; nothing reads meaning into
-- them.
alter table account alter column id set cache 1000;
alter table mail_outbox alter column id set cache 1000;
alter table mailed_link alter column id set cache 1000;
alter table invite_request alter column id set cache 1000;
alter table claim_invitation alter column id set cache 1000;
alter table creatorship_invitation alter column id set cache 1000;
alter table access_token alter column id set cache 1000;
alter table creator alter column id set cache 1000;
alter table tag alter column id set cache 1000;
alter table work alter column id set cache 1000;
alter table chapter alter column id set cache 1000;
alter table tag_suggestion alter column id set cache 1000;
alter table series alter column id set cache 1000;
alter table work_report alter column id set cache 1000;
alter table kudos alter column id set cache 1000;
alter table work_comment alter column id set cache 1000;
alter table bookmark alter column id set cache 1000;
alter table account_boundary alter column id set cache 1000;
alter table subscription alter column id set cache 1000;
alter table subscription_notice alter column id set cache 1000;
alter table import_run alter column id set cache 1000;
alter table import_file alter column id set cache 1000;
alter table saved_exclusion alter column id set cache 1000;
alter table tag_change alter column id set cache 1000;
alter table tag_refile alter column id set cache 1000;
alter table suggestion_decision alter column id set cache 1000;

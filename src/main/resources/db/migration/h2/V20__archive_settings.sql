-- The archive's settings an admin changes at /admin/settings (dev.quire.settings.ArchiveSettings).
-- Kept in step with ../postgresql/V20__archive_settings.sql.

-- One row per setting an admin has set; a setting without a row has the value the configuration
-- gives (application.properties), which is only its first default. Every node reads this table
-- (kept a few seconds at most), so a change reaches them all.
create table archive_setting (
    name          varchar(64)  primary key,
    setting_value varchar(200) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(100) not null
);

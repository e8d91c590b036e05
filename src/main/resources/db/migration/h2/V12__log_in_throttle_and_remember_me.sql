-- Log-in throttling and "remember me", both kept in the database so that every app node sees the
-- same state. Kept in step with ../postgresql/V12__log_in_throttle_and_remember_me.sql.

-- Bucket4j's buckets of failed log-ins, one per account and one per client address (see
-- LogInThrottle). state is Bucket4j's serialized bucket; a row whose expires_at (epoch
-- milliseconds) has passed is a full bucket again and may be removed.
create table log_in_bucket (
    id         varchar(300) primary key,
    state      varbinary(4096),
    expires_at bigint
);
create index log_in_bucket_expires on log_in_bucket (expires_at);

-- Spring Security's persistent remember-me tokens (JdbcTokenRepositoryImpl's table): a series
-- per browser, its current token, replaced at each use.
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index persistent_logins_username on persistent_logins (username);

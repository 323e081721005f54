-- Per-user interface preferences (language chosen in the user menu).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL alike.
create table user_preference (
    user_id     varchar(64)  not null primary key,
    locale      varchar(16)  not null,
    updated_at  timestamp    not null
);

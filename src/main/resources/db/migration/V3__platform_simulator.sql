-- Accounts of the local learning-platform simulator (embedded default and tests only; unused with the HTTP adapter).
create table platform_simulator_account (
    external_id    varchar(32)  not null primary key,
    team           varchar(64)  not null,
    language       varchar(2)   not null,
    status         varchar(16)  not null,
    invited_at     timestamp    not null,
    activated_at   timestamp
);

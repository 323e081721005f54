-- Running cases moved to a new process version from the workbench (issue 19): who ran it, with which note,
-- from which version to which, and the engine's batch that did it. Case ids only, never a registration number.
create table workbench_migration (
    batch_id             varchar(64)   not null primary key,
    process_key          varchar(255)  not null,
    source_definition_id varchar(64)   not null,
    source_version       integer       not null,
    target_definition_id varchar(64)   not null,
    target_version       integer       not null,
    author               varchar(64)   not null,
    note                 varchar(2000) not null,
    started_at           timestamp     not null
);

-- The cases of one run: included (handed to the batch) or left on their version with the reason.
create table workbench_migration_case (
    batch_id    varchar(64)  not null references workbench_migration (batch_id),
    case_id     varchar(64)  not null,
    included    boolean      not null,
    activity_id varchar(255),
    reason      varchar(32),
    primary key (batch_id, case_id)
);

-- Process owners' workbench: drafts saved per user, and who deployed what with which change note.
create table workbench_draft (
    owner_id      varchar(64)  not null,
    resource_name varchar(255) not null,
    content       text         not null,
    saved_at      timestamp    not null,
    primary key (owner_id, resource_name)
);

create table workbench_deployment (
    deployment_id varchar(64)   not null primary key,
    resource_name varchar(255)  not null,
    author        varchar(64)   not null,
    note          varchar(2000) not null,
    deployed_at   timestamp     not null
);

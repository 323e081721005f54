-- No duplicate by construction (docs/adr/0022). One row per running case of a process that allows one
-- running case per business key (onboarding: one per jobseeker), written in the start's own transaction
-- by an engine listener and removed when the case ends or is deleted: a second start of the same key
-- fails on the primary key, and Tremplin answers it as "already done".
create table running_case (
    process_key          varchar(255) not null,
    business_key         varchar(255) not null,
    process_instance_id  varchar(64)  not null,
    started_at           timestamp    not null,
    primary key (process_key, business_key)
);
create index running_case_instance on running_case (process_instance_id);

-- Idempotency key of a message that must be queued once (e.g. invitation:<registration number>).
alter table outbox_message add column dedup_key varchar(200);
create unique index outbox_message_dedup on outbox_message (dedup_key);

-- Jobseekers anonymised (issue 17): by the data protection officer on request, or by the retention sweep.
-- Never the registration number: only its pseudonym.
create table anonymisation (
    pseudonym varchar(32) not null primary key,
    anonymised_at timestamp not null,
    anonymised_by varchar(64) not null,
    trigger_kind varchar(16) not null,
    reason varchar(500) not null,
    cases_ended integer not null
);

-- One row: the retention sweep's lease, so that of two nodes sharing the database one sweeps at a time.
create table retention_sweep (
    id integer not null primary key,
    leased_until timestamp,
    leased_by varchar(64),
    last_run_at timestamp,
    last_anonymised integer
);
insert into retention_sweep (id) values (1);

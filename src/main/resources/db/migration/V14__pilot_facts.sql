-- The pilot's figures, kept up to date from Camunda's history events as the cases run (reporting.PilotFacts):
-- one row per onboarding case and one per followed course. Pseudonymous (registration number, no names):
-- the pilot review reads aggregates of them only. A year of the pilot is about 100,000 rows, so the review's
-- grouped queries read these two tables and never pivot Camunda's variable history.
create table pilot_journey (
    case_id              varchar(64) not null primary key,
    registration_number  varchar(32),
    agency               varchar(32),
    route                varchar(32),
    proposed_at          timestamp,
    invited_at           timestamp,
    activated_at         timestamp,
    ended_at             timestamp
);
create index pilot_journey_invited on pilot_journey (invited_at);
create index pilot_journey_registration on pilot_journey (registration_number);

create table pilot_course (
    case_id              varchar(64) not null primary key,
    registration_number  varchar(32),
    agency               varchar(32),
    route                varchar(32),
    course_id            varchar(32),
    started_at           timestamp,
    progress             integer     default 0 not null,
    completed_at         timestamp,
    certificate_at       timestamp,
    ended_at             timestamp
);
create index pilot_course_registration on pilot_course (registration_number, started_at);
create index pilot_course_started on pilot_course (started_at);

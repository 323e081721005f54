-- Adem's employment-outcome export (issue 20), imported by administrators (reporting.EmploymentOutcomes): one row per
-- jobseeker and day of exit from the register, with the kind of exit. Only jobseekers the pilot invited are kept.
-- Personal data: anonymised with the jobseeker (the pseudonym replaces the registration number, figures stay).
create table employment_outcome (
    registration_number  varchar(32) not null,
    exited_on            date        not null,
    exit_kind            varchar(16) not null,
    imported_at          timestamp   not null,
    primary key (registration_number, exited_on)
);

-- "Found a job" recorded by a counsellor during follow-up ends the follow-up case at EndedWithAJob.
alter table pilot_course add column job_found_at timestamp;

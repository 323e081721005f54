-- Course enrolments of the local learning-platform simulator (embedded default and tests only).
create table platform_simulator_enrolment (
    external_id       varchar(32)  not null,
    course_id         varchar(32)  not null,
    enrolled_at       timestamp    not null,
    progress          integer      not null,
    minutes_spent     integer      not null,
    last_activity_at  timestamp,
    completed_at      timestamp,
    certificate_at    timestamp,
    constraint platform_simulator_enrolment_pk primary key (external_id, course_id)
);

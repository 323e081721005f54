-- Progress and certificates imported from the partner's exports (when the progress source is "import"
-- rather than the platform's API). One row per jobseeker and course; importing the same file again
-- changes nothing, and an older export never takes progress back.
create table platform_progress (
    external_id       varchar(32)  not null,
    course_id         varchar(32)  not null,
    progress          integer      not null,
    minutes_spent     integer      not null,
    last_activity_at  timestamp,
    completed_at      timestamp,
    certificate_at    timestamp,
    updated_at        timestamp    not null,
    constraint platform_progress_pk primary key (external_id, course_id)
);

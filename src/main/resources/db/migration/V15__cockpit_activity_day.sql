-- The cockpit's heatmap over long periods: Camunda's finished activity instances summed per process, activity,
-- Luxembourg day and duration bucket (buckets 5 % wide: bucket b holds durations from 1.05^b - 1 to
-- 1.05^(b+1) - 1 ms), written once a day is over (cockpit.ActivityDays). passes counts activity instances,
-- cases those that were a case's first pass at that activity. A year of 100,000 cases is about 400,000 rows.
create table cockpit_activity_day (
    process_key  varchar(255) not null,
    activity_id  varchar(255) not null,
    on_day       date         not null,
    bucket       integer      not null,
    passes       integer      not null,
    cases        integer      not null,
    constraint cockpit_activity_day_pk primary key (process_key, activity_id, on_day, bucket)
);

-- The last day summed; one row, locked while a day is summed so that two nodes never sum the same day.
create table cockpit_activity_rollup (
    id         integer not null primary key,
    rolled_to  date
);
insert into cockpit_activity_rollup (id, rolled_to) values (1, null);

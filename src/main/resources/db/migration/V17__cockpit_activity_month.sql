-- The cockpit's heatmap over years (ADR 0011): the day summaries of cockpit_activity_day summed again per
-- month, kept by cockpit.ActivityDays in the transaction that sums the month's days. Ten years of 100,000
-- cases a year are about 4 million day rows; a picture of the whole period reads 120 months of them instead,
-- and the days of its partial first and last months through the index below.
create table cockpit_activity_month (
    process_key  varchar(255) not null,
    activity_id  varchar(255) not null,
    on_month     date         not null,
    bucket       integer      not null,
    passes       bigint       not null,
    cases        bigint       not null,
    constraint cockpit_activity_month_pk primary key (process_key, on_month, activity_id, bucket)
);

create index cockpit_activity_day_process_day on cockpit_activity_day (process_key, on_day);

insert into cockpit_activity_month (process_key, activity_id, on_month, bucket, passes, cases)
select process_key, activity_id, cast(date_trunc('month', on_day) as date), bucket, sum(passes), sum(cases)
from cockpit_activity_day
group by process_key, activity_id, cast(date_trunc('month', on_day) as date), bucket;

-- Failed sign-ins counted per account and per client address (shared.security.SignInThrottle), shared by every
-- node. kind is ACCOUNT (subject: the user id in lower case) or ADDRESS (subject: the client's IP address, the
-- /64 network for IPv6). An attempt is counted before its password is checked and the count is deleted when it
-- succeeds. locked_until is the end of the current delay (null while free attempts remain); rows whose last
-- failure is older than tremplin.sign-in.forget-after are deleted.
create table sign_in_failure (
    kind             varchar(16)              not null,
    subject          varchar(255)             not null,
    failures         integer                  not null,
    last_failure_at  timestamp with time zone not null,
    locked_until     timestamp with time zone,
    constraint sign_in_failure_pk primary key (kind, subject)
);

create index sign_in_failure_locked_until on sign_in_failure (locked_until);
create index sign_in_failure_last_failure on sign_in_failure (last_failure_at);

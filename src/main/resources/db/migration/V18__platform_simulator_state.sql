-- The learning-platform simulator's switch (learningplatform.simulator.LearningPlatformSimulator), one row shared
-- by every node on this database: while down is true, every call of the simulated platform fails on every node
-- (PlatformUnavailable), as the real platform's outage would. Read on each call (one row by primary key), written
-- by the simulator's control panel (/platform-simulator) through setDown. A fault run may flip it by SQL:
--   update platform_simulator_state set down = true, changed_at = current_timestamp where id = 1;
-- changed_at is when it was last switched (informative only). Unused with the HTTP adapter.
create table platform_simulator_state (
    id          integer   not null primary key,
    down        boolean   not null,
    changed_at  timestamp not null,
    constraint platform_simulator_state_one_row check (id = 1)
);

insert into platform_simulator_state (id, down, changed_at) values (1, false, current_timestamp);

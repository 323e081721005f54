-- The pilot's settings changed by an administrator in the app (dates, languages offered, platform team
-- of each agency). A setting without a row keeps its default from the configuration (tremplin.pilot.*).
create table pilot_setting (
    setting_name   varchar(64)  not null,
    setting_value  varchar(200) not null,
    updated_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    constraint pilot_setting_pk primary key (setting_name)
);

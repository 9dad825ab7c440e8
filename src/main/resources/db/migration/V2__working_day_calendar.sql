-- Working-day calendar: the years whose holiday schedule is known, and the exceptions to
-- Monday-Friday in them (holidays off, adjusted working days on weekends).
create table work_calendar_year (
    cal_year   int          not null primary key,
    source     varchar(100) not null,
    updated_at timestamp(6) not null
);

create table work_calendar_day (
    day_date date        not null primary key,
    day_kind varchar(10) not null,
    name     varchar(40) not null
);

-- Organisation tree: path is a materialised path of codes (/220000/220100/220103/) so that
-- "this unit and everything below it" is an index range scan (path LIKE 'prefix%').
create table org_unit (
    id          bigint auto_increment primary key,
    version     bigint       not null,
    code        varchar(24)  not null,
    name        varchar(100) not null,
    unit_level  varchar(20)  not null,
    unit_type   varchar(20)  not null,
    parent_code varchar(24),
    path        varchar(200) not null,
    constraint uk_org_unit_code unique (code),
    constraint uk_org_unit_path unique (path)
);
create index ix_org_unit_parent on org_unit (parent_code);

-- Users of the application and of the process engine (one user store).
create table app_user (
    id            bigint auto_increment primary key,
    version       bigint       not null,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    display_name  varchar(64)  not null,
    email         varchar(120),
    unit_code     varchar(24),
    department    varchar(64),
    enabled       boolean      not null,
    created_at    timestamp(6) not null,
    constraint uk_app_user_username unique (username)
);
create index ix_app_user_unit on app_user (unit_code);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
);

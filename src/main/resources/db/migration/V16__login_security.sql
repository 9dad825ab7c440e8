-- Login and session hardening (docs/security.md "Login and sessions").
-- Failed logins are counted here, not in a node's memory: every node of a cluster shares one
-- database, so an attacker gains nothing by spreading guesses over the nodes.
-- kind = ACCOUNT (subject = the user name typed) or ADDRESS (subject = the client address).
create table login_throttle (
    id              bigint auto_increment primary key,
    version         bigint       not null,
    kind            varchar(10)  not null,
    subject         varchar(64)  not null,
    failures        int          not null,
    last_failure_at timestamp(6) not null,
    blocked_until   timestamp(6),
    locked          boolean      not null,
    constraint uk_login_throttle_subject unique (kind, subject)
);

-- Every failed login, lock, unlock, password change and reset, never changed or deleted.
create table security_event (
    id          bigint auto_increment primary key,
    occurred_at timestamp(6) not null,
    event_type  varchar(32)  not null,
    username    varchar(64),
    address     varchar(64),
    actor       varchar(64),
    detail      varchar(255)
);
create index ix_security_event_user on security_event (username, occurred_at);
create index ix_security_event_time on security_event (occurred_at);

-- An administrator's reset forces the user to choose a new password at the next login.
alter table app_user add column must_change_password boolean default false not null;

-- The reviewer workbench (docs/architecture.md "Workbench").
-- wb_task: a read-optimised projection of every user task, open and finished, written by engine
-- task listeners in the transaction that changes the task (review.process.TaskProjectionPlugin).
-- Queues, counts and dashboards read it instead of Camunda's task query. It can be rebuilt from
-- the engine (ADMIN, TaskProjectionService.rebuild).
create table wb_task (
    task_id             varchar(64)   not null primary key,
    process_instance_id varchar(64),
    process_key         varchar(255)  not null,
    step_key            varchar(255)  not null,
    name                varchar(255)  not null,
    form_key            varchar(255),
    business_key        varchar(255),
    case_title          varchar(500)  not null,
    unit_code           varchar(32),
    unit_path           varchar(255)  not null,
    unit_name           varchar(255)  not null,
    subject             varchar(255)  not null,
    detail              varchar(255)  not null,
    score               decimal(9, 2),
    search_text         varchar(1000) not null,
    created_at          timestamp(3)  not null,
    due_at              timestamp(3),
    -- due_at, or far in the future when there is none: a non-null sort key for keyset paging
    due_sort            timestamp(3)  not null,
    assignee            varchar(64),
    owner_user          varchar(64),
    candidate_groups    varchar(1000) not null,
    parent_task_id      varchar(64),
    status              varchar(16)   not null,
    ended_at            timestamp(3),
    ended_by            varchar(64),
    outcome             varchar(32),
    escalated           boolean       not null default false
);
-- the queue tabs: open tasks of an assignee, by due date; finished tasks of a user
create index ix_wb_task_assignee on wb_task (status, assignee, due_sort, task_id);
create index ix_wb_task_ended_by on wb_task (ended_by, ended_at);
-- region scoping by path prefix, and the dashboards' per-unit counts
create index ix_wb_task_path on wb_task (status, unit_path);
create index ix_wb_task_process on wb_task (process_instance_id);
create index ix_wb_task_step on wb_task (process_key, step_key, status);

-- candidate groups of a task, one row each (claimable queue: "open, unassigned, one of my groups")
create table wb_task_candidate (
    task_id  varchar(64)  not null,
    group_id varchar(255) not null,
    due_sort timestamp(3) not null,
    primary key (task_id, group_id)
);
create index ix_wb_task_candidate_group on wb_task_candidate (group_id, due_sort, task_id);

-- the trail: every operation on a task, who, which unit, when, with what opinion; never deleted
create table wb_task_event (
    id                  bigint auto_increment primary key,
    process_instance_id varchar(64),
    task_id             varchar(64)  not null,
    step_key            varchar(255) not null,
    step_name           varchar(255) not null,
    kind                varchar(32)  not null,
    actor               varchar(64),
    actor_unit_code     varchar(32),
    target              varchar(255),
    opinion             varchar(2000),
    event_at            timestamp(3) not null
);
create index ix_wb_task_event_process on wb_task_event (process_instance_id, event_at);
create index ix_wb_task_event_task on wb_task_event (task_id, event_at);

-- 抄送: a user copied on a case gets read access to that case only
create table wb_case_copy (
    id                  bigint auto_increment primary key,
    process_instance_id varchar(64)  not null,
    task_id             varchar(64)  not null,
    username            varchar(64)  not null,
    copied_by           varchar(64)  not null,
    copied_at           timestamp(3) not null,
    constraint uq_wb_case_copy unique (process_instance_id, username)
);
create index ix_wb_case_copy_user on wb_case_copy (username, copied_at);

-- in-app notifications (bell): stored so that every node sees them
create table wb_notification (
    id         bigint auto_increment primary key,
    username   varchar(64)   not null,
    kind       varchar(32)   not null,
    message    varchar(1000) not null,
    task_id    varchar(64),
    created_at timestamp(3)  not null,
    read_at    timestamp(3)
);
create index ix_wb_notification_user on wb_notification (username, read_at, created_at);

-- saved queue filters per user
create table wb_saved_filter (
    id         bigint auto_increment primary key,
    username   varchar(64)   not null,
    name       varchar(100)  not null,
    definition varchar(2000) not null,
    created_at timestamp(3)  not null,
    constraint uq_wb_saved_filter unique (username, name)
);

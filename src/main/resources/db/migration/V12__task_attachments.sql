-- Attachments of a decision in the workbench (approve, return, a form's submission, co-signing,
-- resolving a delegation): PDF, JPEG or PNG, kept in the database (not on a node's disk) so that
-- every node serves them, each linked to the trail event (wb_task_event) of the decision it belongs
-- to. Like the trail they are never changed or deleted. LONGBLOB is MySQL/MariaDB's large binary
-- type; H2 accepts it as BINARY LARGE OBJECT.
create table wb_task_attachment (
    id                  bigint auto_increment primary key,
    event_id            bigint       not null,
    process_instance_id varchar(64),
    task_id             varchar(64)  not null,
    file_name           varchar(200) not null,
    content_type        varchar(40)  not null,
    size_bytes          bigint       not null,
    sha256              varchar(64)  not null,
    content             longblob     not null,
    uploaded_by         varchar(64)  not null,
    uploaded_at         timestamp(3) not null,
    constraint fk_wb_task_attachment_event foreign key (event_id) references wb_task_event (id)
);
create index ix_wb_task_attachment_event on wb_task_attachment (event_id);
create index ix_wb_task_attachment_case on wb_task_attachment (process_instance_id);

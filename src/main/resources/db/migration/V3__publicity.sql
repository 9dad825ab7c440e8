-- Publicity notices (公示), their entries, and objections (异议).
create table publicity_notice (
    id                  bigint auto_increment primary key,
    version             bigint        not null,
    notice_no           varchar(32)   not null,
    title               varchar(200)  not null,
    body                varchar(5000) not null,
    owner_unit_code     varchar(24)   not null,
    contact             varchar(200),
    working_days        int           not null,
    start_date          date          not null,
    end_date            date          not null,
    ends_at             timestamp(6)  not null,
    status              varchar(10)   not null,
    calendar_warning    boolean       not null,
    business_key        varchar(100),
    process_instance_id varchar(64),
    created_at          timestamp(6)  not null,
    constraint uk_publicity_notice_no unique (notice_no)
);
create index ix_publicity_notice_ends on publicity_notice (ends_at);
create index ix_publicity_notice_unit on publicity_notice (owner_unit_code);

create table publicity_entry (
    id        bigint auto_increment primary key,
    notice_id bigint       not null,
    seq       int          not null,
    entry_ref varchar(64)  not null,
    name      varchar(100) not null,
    detail    varchar(500),
    outcome   varchar(20),
    constraint fk_publicity_entry_notice foreign key (notice_id) references publicity_notice (id)
);
create index ix_publicity_entry_notice on publicity_entry (notice_id, seq);

create table publicity_objection (
    id             bigint auto_increment primary key,
    version        bigint        not null,
    notice_id      bigint        not null,
    entry_id       bigint        not null,
    receipt_no     varchar(20)   not null,
    objector_name  varchar(30)   not null,
    objector_phone varchar(20)   not null,
    reason         varchar(1000) not null,
    client_key     varchar(64)   not null,
    submitted_at   timestamp(6)  not null,
    status         varchar(15)   not null,
    outcome        varchar(20),
    reply          varchar(1000),
    answered_by    varchar(64),
    answered_at    timestamp(6),
    constraint uk_publicity_objection_receipt unique (receipt_no),
    constraint fk_publicity_objection_notice foreign key (notice_id) references publicity_notice (id),
    constraint fk_publicity_objection_entry foreign key (entry_id) references publicity_entry (id)
);
create index ix_publicity_objection_notice on publicity_objection (notice_id, status);
create index ix_publicity_objection_client on publicity_objection (client_key, submitted_at);

-- Who opened unmasked personal data.
create table personal_data_access (
    id          bigint auto_increment primary key,
    username    varchar(64)  not null,
    subject     varchar(64)  not null,
    field       varchar(32)  not null,
    accessed_at timestamp(6) not null
);
create index ix_personal_data_access_subject on personal_data_access (subject);

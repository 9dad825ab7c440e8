-- Documents applicants attach to their applications (ID card scan, diploma, ...): PDF or JPEG,
-- kept in the database (not on a node's disk) so that every node of a cluster serves them.
-- LONGBLOB is MySQL/MariaDB's large binary type; H2 accepts it as BINARY LARGE OBJECT.
-- A removed or replaced document keeps its row (removed_at set): the trail stays readable.
create table rec_document (
    id             bigint auto_increment primary key,
    version        bigint       not null,
    application_id bigint       not null,
    kind           varchar(20)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    content        longblob     not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp(6) not null,
    removed_at     timestamp(6),
    constraint fk_rec_document_application foreign key (application_id) references rec_application (id)
);
create index ix_rec_document_application on rec_document (application_id, removed_at);

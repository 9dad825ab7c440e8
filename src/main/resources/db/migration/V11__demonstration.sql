-- Demonstration community programs (示范社区创建): definitions as configuration (programs/*.json),
-- programs started from a definition version, county plans and nominations, score sheets, member-unit
-- reviews, evidence files and the records of dynamic management. Plain SQL for H2, MySQL 8 and MariaDB.

-- A definition file as imported: one row per version of a code; a running program keeps its version.
-- The file itself (UTF-8 JSON) is kept as a blob, like documents; its items are also rows below.
create table dem_definition (
    id            bigint auto_increment primary key,
    version       bigint        not null,
    code          varchar(64)   not null,
    def_version   int           not null,
    name          varchar(200)  not null,
    city          varchar(100),
    target_level  varchar(20)   not null,
    outcome_model varchar(20)   not null,
    total_points  decimal(9, 2) not null,
    item_count    int           not null,
    content       longblob      not null,
    sha256        varchar(64)   not null,
    imported_by   varchar(64)   not null,
    imported_at   timestamp(6)  not null,
    constraint uk_dem_definition_version unique (code, def_version)
);

-- The standard of a definition version: categories (kind CATEGORY) and items (kind ITEM).
create table dem_indicator (
    id              bigint auto_increment primary key,
    definition_id   bigint        not null,
    code            varchar(40)   not null,
    parent_code     varchar(40),
    category_code   varchar(40)   not null,
    kind            varchar(10)   not null,
    name            varchar(300)  not null,
    max_points      decimal(9, 2),
    check_type      varchar(12)   not null,
    indicator_class varchar(12)   not null,
    survey          boolean       not null,
    sort_order      int           not null,
    constraint uk_dem_indicator_code unique (definition_id, code),
    constraint fk_dem_indicator_definition foreign key (definition_id) references dem_definition (id)
);

-- A program run by an office (the leading group's office of a city or province) for one year.
create table dem_program (
    id                  bigint auto_increment primary key,
    version             bigint       not null,
    code                varchar(40)  not null,
    name                varchar(200) not null,
    definition_id       bigint       not null,
    cal_year            int          not null,
    office_unit_code    varchar(24)  not null,
    office_unit_path    varchar(255) not null,
    status              varchar(20)  not null,
    process_instance_id varchar(64),
    publicity_notice_id bigint,
    creation_end        timestamp(6),
    created_by          varchar(64)  not null,
    created_at          timestamp(6) not null,
    announced_at        timestamp(6),
    constraint uk_dem_program_code unique (code),
    constraint fk_dem_program_definition foreign key (definition_id) references dem_definition (id)
);
create index ix_dem_program_office on dem_program (office_unit_path);

-- Each county (district) of a program: its implementation plan and its nomination list's review.
create table dem_county_plan (
    id                       bigint auto_increment primary key,
    version                  bigint        not null,
    program_id               bigint        not null,
    county_code              varchar(24)   not null,
    county_name              varchar(100)  not null,
    county_path              varchar(255)  not null,
    plan_text                varchar(4000),
    plan_submitted_by        varchar(64),
    plan_submitted_at        timestamp(6),
    plan_missed              boolean       not null,
    nominations_submitted_at timestamp(6),
    review_opinion           varchar(1000),
    reviewed_by              varchar(64),
    reviewed_at              timestamp(6),
    accepted                 boolean       not null,
    constraint uk_dem_county_plan unique (program_id, county_code),
    constraint fk_dem_county_plan_program foreign key (program_id) references dem_program (id)
);

-- A nominated unit (创建单位) and everything decided about it.
create table dem_candidate (
    id                    bigint auto_increment primary key,
    version               bigint        not null,
    program_id            bigint        not null,
    unit_code             varchar(24)   not null,
    unit_name             varchar(100)  not null,
    unit_path             varchar(255)  not null,
    county_code           varchar(24)   not null,
    target_outcome        varchar(40)   not null,
    attributes            varchar(200),
    status                varchar(20)   not null,
    exclusion             varchar(30),
    nominated_by          varchar(64)   not null,
    nominated_at          timestamp(6)  not null,
    process_instance_id   varchar(64),
    score                 decimal(9, 2),
    team_score            decimal(9, 2),
    flag_count            int,
    outcome_code          varchar(40),
    bottom_line_failed    boolean       not null,
    failed_checks         int           not null,
    spot_checked          boolean       not null,
    spot_check_overturned boolean       not null,
    publicity_outcome     varchar(20),
    decision              varchar(10),
    decision_opinion      varchar(1000),
    final_outcome         varchar(40),
    final_flag_count      int,
    city_subsidy          decimal(12, 2),
    county_subsidy_min    decimal(12, 2),
    county_subsidy_max    decimal(12, 2),
    award_text            varchar(200),
    weak                  boolean       not null,
    rectification_due     timestamp(6),
    rectification_status  varchar(20),
    revoked_at            timestamp(6),
    revocation_reason     varchar(1000),
    awarded_at            timestamp(6),
    constraint uk_dem_candidate_unit unique (program_id, unit_code),
    constraint fk_dem_candidate_program foreign key (program_id) references dem_program (id)
);
create index ix_dem_candidate_county on dem_candidate (program_id, county_code, status);
create index ix_dem_candidate_path on dem_candidate (unit_path);

-- One score sheet: a scorer's, the survey's, the spot check's, the self-assessment, or the combined result.
create table dem_score_sheet (
    id                 bigint auto_increment primary key,
    version            bigint        not null,
    candidate_id       bigint        not null,
    kind               varchar(12)   not null,
    scorer             varchar(64)   not null,
    total              decimal(9, 2),
    bottom_line_failed boolean       not null,
    failed_checks      int           not null,
    opinion            varchar(1000),
    updated_at         timestamp(6)  not null,
    submitted_at       timestamp(6),
    constraint uk_dem_score_sheet unique (candidate_id, kind, scorer),
    constraint fk_dem_score_sheet_candidate foreign key (candidate_id) references dem_candidate (id)
);

-- The lines of a sheet, one per item of the standard; written and read per sheet in one statement.
create table dem_score (
    sheet_id       bigint        not null,
    indicator_code varchar(40)   not null,
    points         decimal(9, 2),
    passed         boolean,
    remark         varchar(500),
    primary key (sheet_id, indicator_code),
    constraint fk_dem_score_sheet foreign key (sheet_id) references dem_score_sheet (id)
);

-- Each member unit's verdict in the joint review (成员单位联审).
create table dem_member_review (
    id           bigint auto_increment primary key,
    version      bigint        not null,
    candidate_id bigint        not null,
    department   varchar(32)   not null,
    verdict      varchar(10)   not null,
    opinion      varchar(1000),
    decided_by   varchar(64)   not null,
    decided_at   timestamp(6)  not null,
    constraint fk_dem_member_review_candidate foreign key (candidate_id) references dem_candidate (id)
);
create index ix_dem_member_review_candidate on dem_member_review (candidate_id);

-- Evidence files (PDF or JPEG by content), stored like applicants' documents; removal only marks them.
create table dem_evidence (
    id             bigint auto_increment primary key,
    version        bigint       not null,
    candidate_id   bigint       not null,
    indicator_code varchar(40),
    kind           varchar(20)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    content        longblob     not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp(6) not null,
    removed_at     timestamp(6),
    constraint fk_dem_evidence_candidate foreign key (candidate_id) references dem_candidate (id)
);
create index ix_dem_evidence_candidate on dem_evidence (candidate_id, removed_at);

-- The unit's record: progress reports, self-assessment notes, inspections, rectifications, revocation
-- reviews; never changed or deleted.
create table dem_record (
    id           bigint auto_increment primary key,
    version      bigint        not null,
    candidate_id bigint        not null,
    kind         varchar(20)   not null,
    body         varchar(4000),
    passed       boolean,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(6)  not null,
    constraint fk_dem_record_candidate foreign key (candidate_id) references dem_candidate (id)
);
create index ix_dem_record_candidate on dem_record (candidate_id, kind);

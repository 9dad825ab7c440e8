-- Recruitment of grassroots governance specialists: campaigns, post tables, applicants, applications.
create table rec_campaign (
    id                  bigint auto_increment primary key,
    version             bigint        not null,
    code                varchar(40)   not null,
    name                varchar(200)  not null,
    city_code           varchar(24)   not null,
    cal_year            int           not null,
    batch               int           not null,
    status              varchar(20)   not null,
    registration_start  timestamp(6),
    registration_end    timestamp(6),
    reference_date      date          not null,
    review_level        varchar(10)   not null,
    correction_days     int           not null,
    opening_ratio       decimal(5, 2) not null,
    review_opinion      varchar(1000),
    parent_campaign_id  bigint,
    process_instance_id varchar(64),
    created_at          timestamp(6)  not null,
    constraint uk_rec_campaign_code unique (code)
);
create index ix_rec_campaign_city on rec_campaign (city_code);

create table rec_post (
    id                   bigint auto_increment primary key,
    version              bigint        not null,
    campaign_id          bigint        not null,
    post_code            varchar(20)   not null,
    unit_code            varchar(24)   not null,
    unit_name            varchar(100)  not null,
    post_name            varchar(100)  not null,
    post_type            varchar(25)   not null,
    openings             int           not null,
    min_education        varchar(20)   not null,
    majors               varchar(1000),
    max_age              int,
    household_code       varchar(24),
    fresh_graduates_only boolean       not null,
    notes                varchar(500),
    status               varchar(10)   not null,
    constraint uk_rec_post_code unique (campaign_id, post_code),
    constraint fk_rec_post_campaign foreign key (campaign_id) references rec_campaign (id)
);

create table rec_applicant (
    id              bigint auto_increment primary key,
    version         bigint       not null,
    username        varchar(64)  not null,
    name            varchar(30)  not null,
    id_number       varchar(18)  not null,
    phone           varchar(20)  not null,
    education       varchar(20)  not null,
    school          varchar(100) not null,
    major           varchar(100) not null,
    graduation_date date         not null,
    household_code  varchar(24),
    created_at      timestamp(6) not null,
    constraint uk_rec_applicant_username unique (username),
    constraint uk_rec_applicant_id_number unique (id_number)
);

-- One application per applicant and campaign (a withdrawn one is reused when applying again).
create table rec_application (
    id                  bigint auto_increment primary key,
    version             bigint        not null,
    campaign_id         bigint        not null,
    post_id             bigint        not null,
    applicant_id        bigint        not null,
    status              varchar(20)   not null,
    submitted_at        timestamp(6)  not null,
    prescreen_findings  varchar(2000),
    review_note         varchar(1000),
    correction_deadline timestamp(6),
    process_instance_id varchar(64),
    constraint uk_rec_application_one unique (campaign_id, applicant_id),
    constraint fk_rec_application_campaign foreign key (campaign_id) references rec_campaign (id),
    constraint fk_rec_application_post foreign key (post_id) references rec_post (id),
    constraint fk_rec_application_applicant foreign key (applicant_id) references rec_applicant (id)
);
create index ix_rec_application_post on rec_application (post_id, status);

-- Exam results of applications, and the weights that make the total score.
alter table rec_application add column admission_no varchar(20);
alter table rec_application add column written_score decimal(5, 2);
alter table rec_application add column interview_score decimal(5, 2);
alter table rec_application add column total_score decimal(6, 3);
alter table rec_application add column post_rank int;
create unique index uk_rec_application_admission on rec_application (campaign_id, admission_no);

alter table rec_campaign add column written_weight decimal(4, 3) default 0.500 not null;
alter table rec_campaign add column interview_weight decimal(4, 3) default 0.500 not null;
alter table rec_campaign add column interview_multiple int default 3 not null;

-- Selection after the exams: switching posts (改报), physical exam (体检/复检), inspection (考察),
-- publicity of the proposed hires, hiring and the campaign report; the rules are per campaign.
alter table rec_campaign add column switch_days int default 5 not null;
alter table rec_campaign add column switch_end timestamp(6);
alter table rec_campaign add column reexam_days int default 7 not null;
alter table rec_campaign add column tie_break varchar(10) default 'WRITTEN' not null;
alter table rec_campaign add column promote_after_physical boolean default true not null;
alter table rec_campaign add column promote_after_inspection boolean default true not null;
alter table rec_campaign add column promote_after_publicity boolean default true not null;
alter table rec_campaign add column written_published boolean default false not null;
alter table rec_campaign add column ranking_published boolean default false not null;
alter table rec_campaign add column closed_at timestamp(6);
alter table rec_campaign add column report varchar(4000);

alter table rec_application add column stage varchar(24);
alter table rec_application add column stage_note varchar(500);
alter table rec_application add column stage_changed_at timestamp(6);
create index ix_rec_application_stage on rec_application (campaign_id, stage);

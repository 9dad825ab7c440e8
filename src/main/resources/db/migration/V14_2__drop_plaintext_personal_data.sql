-- After V14.1 encrypted every value: the plaintext columns go (with the unique constraint on the
-- plaintext ID number); uniqueness of ID numbers is now that of their keyed hash.
alter table rec_applicant drop column id_number;
alter table rec_applicant drop column phone;
alter table rec_applicant add constraint uk_rec_applicant_id_number_hash unique (id_number_hash);
alter table publicity_objection drop column objector_phone;

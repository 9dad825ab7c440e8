-- Personal data under PIPL (docs/security.md "Personal data (PIPL)"): ID numbers and phones are
-- stored encrypted (AES-GCM, "keyId:base64(iv|ciphertext)") in new columns, with a keyed hash
-- (HMAC-SHA256, hex) of the ID number for uniqueness and look-up. V14.1 (Java,
-- cn.jiceng.privacy.migration.V14_1__EncryptPersonalData) encrypts the existing plaintext values;
-- V14.2 drops the plaintext columns. The encrypted columns are nullable: anonymised applicants
-- (retention rule) keep neither.
alter table rec_applicant add column id_number_enc varchar(120);
alter table rec_applicant add column id_number_hash varchar(64);
alter table rec_applicant add column phone_enc varchar(120);
alter table rec_applicant add column anonymised_at timestamp(6);

alter table publicity_objection add column objector_phone_enc varchar(120);
alter table publicity_objection add column anonymised_at timestamp(6);

-- Each opening of unmasked personal data records the viewer's unit and the purpose they gave.
alter table personal_data_access add column unit_code varchar(24);
alter table personal_data_access add column purpose varchar(200);

-- A campaign whose registration has closed waits at the opening-ratio decision: it was stored as
-- QUALIFICATION, which now means only the review after the switching window. Campaigns still
-- before that decision are those in QUALIFICATION that never had a switching window.
update rec_campaign set status = 'RATIO_DECISION' where status = 'QUALIFICATION' and switch_end is null;

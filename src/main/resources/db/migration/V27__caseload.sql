-- My caseload: a counsellor's jobseekers by referent, and each jobseeker's latest self-assessment link.
create index jobseeker_referent on jobseeker (referent_counsellor, last_name);
create index self_assessment_link_jobseeker on self_assessment_link (jobseeker_id, id);

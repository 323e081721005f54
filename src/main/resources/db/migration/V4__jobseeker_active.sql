-- Whether the registration at Adem is active (Adem's export says so); onboarding checks it for eligibility.
alter table jobseeker add column active boolean default true not null;

package lu.adem.tremplin.jobseeker;

import lu.adem.tremplin.shared.Agency;

/**
 * A jobseeker's registration at Adem, without personal data: what processes may read about anyone
 * (eligibility), also when no user is signed in (job executor).
 */
public record Registration(String registrationNumber, Agency agency, boolean active) {}

package lu.adem.tremplin.jobseeker;

/**
 * The open work that can follow a jobseeker to their new referent counsellor. This module asks when a
 * referent changes; the module that assigns tasks (case ownership) answers. Implementations check the user.
 */
public interface ReferentWork {

    /** How many of the jobseeker's open tasks would move to {@code newReferent} (0: nothing to offer). */
    int movable(String registrationNumber, String formerReferent, String newReferent);

    /** Moves them; returns how many moved. */
    int move(String registrationNumber, String formerReferent, String newReferent);
}

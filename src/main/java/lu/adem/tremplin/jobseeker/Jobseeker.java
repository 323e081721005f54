package lu.adem.tremplin.jobseeker;

import java.util.Set;

import lu.adem.tremplin.shared.Agency;

/**
 * A jobseeker registered at Adem. {@code id} and {@code version} are null for one not yet saved;
 * {@code version} guards against two counsellors overwriting each other's edits.
 */
public record Jobseeker(
        Long id,
        String registrationNumber,
        String firstName,
        String lastName,
        Agency agency,
        String referentCounsellor,
        Set<Language> languages,
        String email,
        String phone,
        String targetOccupation,
        Integer version) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The same person with new details, keeping identity and version. */
    public Jobseeker withDetailsOf(Jobseeker other) {
        return new Jobseeker(
                id,
                registrationNumber,
                other.firstName,
                other.lastName,
                other.agency,
                other.referentCounsellor,
                other.languages,
                other.email,
                other.phone,
                other.targetOccupation,
                version);
    }
}

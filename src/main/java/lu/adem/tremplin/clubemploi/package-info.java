/**
 * Clubs emploi (Luxembourg-City, Esch-sur-Alzette): their computer seats and session times, and the
 * booking of supported sessions for a guided start, never beyond the seats a session has. Public
 * API: {@link lu.adem.tremplin.clubemploi.ClubsEmploi}, {@link lu.adem.tremplin.clubemploi.Club},
 * {@link lu.adem.tremplin.clubemploi.ClubBooking}.
 *
 * <p>Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Clubs emploi",
        allowedDependencies = {"shared"})
package lu.adem.tremplin.clubemploi;

package lu.adem.tremplin.cockpit;

import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/** The cockpit's rule, checked by every service call and not only by the views: supervisors and administrators. */
final class Supervisors {

    private Supervisors() {}

    static CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("The cockpit is for supervisors: " + user.userId());
        }
        return user;
    }
}

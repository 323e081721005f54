package lu.adem.tremplin.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as Tremplin's services see it: Camunda user id, Camunda groups and roles.
 * Read from Spring Security's context, which Tremplin fills from Camunda's identity service.
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> roles) {

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName())) {
            return Optional.empty();
        }
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return Optional.of(new CurrentUser(
                authentication.getName(),
                authorities.stream()
                        .filter(a -> a.startsWith(Roles.GROUP_AUTHORITY_PREFIX))
                        .map(a -> a.substring(Roles.GROUP_AUTHORITY_PREFIX.length()))
                        .toList(),
                authorities.stream()
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length()))
                        .toList()));
    }

    /** The signed-in user, or an exception when the call has no authenticated user. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The agencies this user belongs to (a counsellor usually has one). */
    public List<Agency> agencies() {
        return groupIds.stream().flatMap(id -> Agency.byGroupId(id).stream()).toList();
    }
}

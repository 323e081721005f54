package lu.adem.tremplin.shared.security;

import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Camunda's endpoints that check any account's password outside Tremplin's sign-in, and so outside its
 * throttle: the engine API's {@code identity/verify} (under {@code /engine-rest}, also per named engine,
 * and under the webapps' {@code /camunda/api/engine}) and the webapps' own login
 * ({@code /camunda/api/admin/auth/user/{engine}/login/{app}}). Tremplin signs users in itself and hands
 * them to the webapps by single sign-on, so neither is needed; the chains refuse them.
 *
 * <p>Matched on the decoded path, as JAX-RS resolves it: an encoded letter must not slip past.
 */
final class CamundaPasswordChecks implements RequestMatcher {

    private static final Pattern PATHS = Pattern.compile(
            "/(engine-rest(/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/identity/verify(/.*)?"
                    + "|/camunda/api/admin/auth/user/[^/]+/login(/.*)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean matches(HttpServletRequest request) {
        return PATHS.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request)).matches();
    }
}

package lu.adem.tremplin.support;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

import lu.adem.tremplin.shared.i18n.TremplinTranslations;

/**
 * Browserless view tests: the real Spring context and engine, Vaadin faked by Karibu-Testing.
 * {@link #signIn(String)} does what Tremplin's filters do on a real request: Spring Security's user
 * (authorities from the Camunda groups), the request's principal and roles, and Camunda's
 * authentication for authorization checks.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected IdentityService identityService;

    /** This test's own jobseekers, cases and accounts (the context's database also holds the demo data). */
    protected TestData data;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("lu.adem.tremplin");
    }

    @BeforeEach
    void setUpVaadin() {
        data = new TestData(context);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(TremplinTranslations.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    protected void signIn(String userId) {
        List<GrantedAuthority> authorities = TestSignIn.as(identityService, userId);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}

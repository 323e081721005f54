package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every route and layout says who may open it; only the login view and the jobseeker's
 * self-assessment and course choice pages (whose personal link is their authorization) are open to anonymous users.
 */
class ViewAccessTests {

    private static List<Class<?>> annotatedWith(Class<? extends java.lang.annotation.Annotation> annotation)
            throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("lu.adem.tremplin")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }

    @Test
    void shouldDeclareWhoMayOpenEveryRouteAndLayout() throws ClassNotFoundException {
        List<Class<?>> views = new java.util.ArrayList<>(annotatedWith(Route.class));
        views.addAll(annotatedWith(Layout.class));

        assertThat(views)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(view -> assertThat(view.isAnnotationPresent(RolesAllowed.class)
                                || view.isAnnotationPresent(PermitAll.class)
                                || view.isAnnotationPresent(AnonymousAllowed.class)
                                || view.isAnnotationPresent(DenyAll.class))
                        .as(view.getName() + " declares its access")
                        .isTrue());
    }

    @Test
    void shouldOpenOnlyTheLoginAndThePersonalLinkViewsToAnonymousUsers() throws ClassNotFoundException {
        assertThat(annotatedWith(AnonymousAllowed.class))
                .containsExactlyInAnyOrder(
                        LoginView.class,
                        lu.adem.tremplin.assessment.ui.SelfAssessmentView.class,
                        lu.adem.tremplin.recommendation.ui.CourseChoiceView.class,
                        lu.adem.tremplin.reporting.ui.SurveyView.class);
    }
}

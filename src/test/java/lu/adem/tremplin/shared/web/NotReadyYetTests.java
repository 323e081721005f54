package lu.adem.tremplin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NotReadyYetTests {

    final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    final NotReadyYet filter = new NotReadyYet(availability);

    @Test
    void shouldRefuseTheLoginPageUntilTheStartUpTasksHaveRunButAnswerTheHealthProbes() throws Exception {
        MockHttpServletResponse login = get("/login", Locale.FRENCH);
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("5");
        assertThat(login.getContentAsString()).contains("Tremplin démarre");
        assertThat(get("/actuator/health/readiness", Locale.ENGLISH).getStatus())
                .isEqualTo(200);

        ready(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/login", Locale.ENGLISH).getStatus()).isEqualTo(200);

        // a graceful shutdown drains: new requests go to the other node
        ready(ReadinessState.REFUSING_TRAFFIC);
        assertThat(get("/engine-rest/task", Locale.GERMAN).getContentAsString()).contains("Tremplin startet");
    }

    private void ready(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    private MockHttpServletResponse get(String path, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(request, response, (req, res) -> passed.set(true));
        if (passed.get()) {
            response.setStatus(200);
        }
        return response;
    }
}

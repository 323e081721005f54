package lu.adem.tremplin.cockpit.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** Every address the cockpit links to, built in one place. */
final class CockpitLinks {

    /** Camunda Cockpit's list of processes, for what Tremplin's cockpit does not show. */
    static final String CAMUNDA_COCKPIT_PROCESS = "/camunda/app/cockpit/default/#/processes";
    /** The inbox module's route of a jobseeker's file, followed by Vaadin's router. */
    static final String JOBSEEKER_FILE = "jobseeker/";

    private CockpitLinks() {}

    static String jobseekerFile(String registrationNumber) {
        return JOBSEEKER_FILE
                + URLEncoder.encode(registrationNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link to the jobseeker's file named by its registration number, or nothing for a case without one. */
    static Component jobseekerFileLink(String registrationNumber) {
        return registrationNumber == null
                ? new Span()
                : new Anchor(jobseekerFile(registrationNumber), registrationNumber);
    }
}

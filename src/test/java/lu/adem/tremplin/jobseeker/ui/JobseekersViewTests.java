package lu.adem.tremplin.jobseeker.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

class JobseekersViewTests extends KaribuViewTest {

    private JobseekersView open() {
        UI.getCurrent().navigate(JobseekersView.class);
        return _get(JobseekersView.class);
    }

    @Test
    void shouldListOnlyTheCounsellorsAgencyAmongTheDemoJobseekers() {
        signIn("counsellor");

        JobseekersView view = open();

        // 70 demo jobseekers of Luxembourg, plus any another test of this context created there.
        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(70).isLessThan(200);
        for (int row = 0; row < _size(view.grid); row++) {
            assertThat(_get(view.grid, row).agency()).isEqualTo(Agency.LUXEMBOURG);
        }
    }

    @Test
    void shouldShowASupervisorEveryAgency() {
        signIn("supervisor");

        assertThat(_size(open().grid)).isGreaterThanOrEqualTo(200);
    }

    @Test
    void shouldSearchByRegistrationNumberAndSayWhenNothingMatches() {
        signIn("counsellor");
        JobseekersView view = open();

        view.search.setValue("DE-2026-004211");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.empty.isVisible()).isFalse();

        view.search.setValue("nobody-by-this-name");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No jobseeker matches this search.");
    }

    @Test
    void shouldKeepWhatWasTypedAndMarkTheFieldWhenTheServerRefuses() {
        signIn("counsellor");
        JobseekerDialog dialog = new JobseekerDialog(context.getBean(Jobseekers.class), null);
        dialog.registrationNumber.setValue("DE-VIEW-0001");
        dialog.firstName.setValue("Lea");
        dialog.lastName.setValue("Goergen");
        dialog.languages.setValue(Set.of(Language.LB, Language.FR));
        dialog.email.setValue("lea.goergen@");

        dialog.save();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Not a valid email address");
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.firstName.getValue()).isEqualTo("Lea");
        assertThat(dialog.agency.getValue()).as("a counsellor's only agency is preselected").isEqualTo(Agency.LUXEMBOURG);
        assertThat(context.getBean(Jobseekers.class).find("DE-VIEW-0001")).isEmpty();

        dialog.email.setValue("lea.goergen@example.lu");
        dialog.save();
        assertThat(context.getBean(Jobseekers.class).find("DE-VIEW-0001")).hasValueSatisfying(
                saved -> assertThat(saved.languages()).containsExactlyInAnyOrder(Language.LB, Language.FR));
    }

    @Test
    void shouldKeepTheEntriesWhenAColleagueSavedInBetween() {
        signIn("counsellor");
        Jobseekers jobseekers = context.getBean(Jobseekers.class);
        Jobseeker stored = jobseekers.find("DE-2026-004387").orElseThrow();
        JobseekerDialog dialog = new JobseekerDialog(jobseekers, stored);
        jobseekers.save(stored.withDetailsOf(new Jobseeker(null, null, stored.firstName(), "Colleague-" + stored.lastName(),
                stored.agency(), stored.referentCounsellor(), stored.languages(), stored.email(), stored.phone(),
                stored.targetOccupation(), null)));
        dialog.phone.setValue("+352 621 123 456");

        dialog.save();

        assertThat(dialog.error.getText()).startsWith("A colleague changed this jobseeker in the meantime");
        assertThat(dialog.phone.getValue()).isEqualTo("+352 621 123 456");
        assertThat(jobseekers.find("DE-2026-004387").orElseThrow().lastName()).startsWith("Colleague-");
    }

    @Test
    void shouldImportACsvUploadForAnAdministratorAndListRefusedLines() {
        signIn("admin");
        UI.getCurrent().navigate(JobseekerImportView.class);
        JobseekerImportView view = _get(JobseekerImportView.class);

        view.importBytes(("\uFEFFregistration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n"
                + "DE-IMPORT-1;Steichen;Tom;wiltz;;FR;;;\n"
                + "DE-IMPORT-2;Steichen;;wiltz;;FR;;;\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("1 created, 0 updated, 0 unchanged, 1 refused");
        assertThat(_size(view.errors)).isEqualTo(1);
        assertThat(_get(view.errors, 0).line()).isEqualTo(3);
    }

    @Test
    void shouldNotLetACounsellorOpenTheImport() {
        signIn("counsellor");

        assertThatThrownBy(() -> UI.getCurrent().navigate(JobseekerImportView.class))
                .hasMessageContaining("Access is denied");
    }
}

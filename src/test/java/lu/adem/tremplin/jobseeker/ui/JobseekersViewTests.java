package lu.adem.tremplin.jobseeker.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

class JobseekersViewTests extends KaribuViewTest {

    private JobseekersView open() {
        UI.getCurrent().navigate(JobseekersView.class);
        return _get(JobseekersView.class);
    }

    private static List<Jobseeker> rows(JobseekersView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    @Test
    void shouldListOnlyTheCounsellorsAgency() {
        String ours = data.jobseeker(Agency.LUXEMBOURG);
        String theirs = data.jobseeker(Agency.WILTZ);
        signIn(data.counsellor(Agency.LUXEMBOURG));

        List<Jobseeker> rows = rows(open());

        assertThat(rows)
                .allSatisfy(row -> assertThat(row.agency()).isEqualTo(Agency.LUXEMBOURG))
                .extracting(Jobseeker::registrationNumber)
                .contains(ours)
                .doesNotContain(theirs);
    }

    @Test
    void shouldShowASupervisorEveryAgency() {
        String luxembourg = data.jobseeker(Agency.LUXEMBOURG);
        String wiltz = data.jobseeker(Agency.WILTZ);
        signIn(data.supervisor());

        assertThat(rows(open())).extracting(Jobseeker::registrationNumber).contains(luxembourg, wiltz);
    }

    @Test
    void shouldSearchByRegistrationNumberAndSayWhenNothingMatches() {
        String number = data.jobseeker(Agency.LUXEMBOURG);
        signIn(data.counsellor(Agency.LUXEMBOURG));
        JobseekersView view = open();

        view.search.setValue(number);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.empty.isVisible()).isFalse();

        view.search.setValue("nobody-by-this-name");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No jobseeker matches this search.");
    }

    @Test
    void shouldKeepWhatWasTypedAndMarkTheFieldWhenTheServerRefuses() {
        String number = TestData.registrationNumber();
        signIn(data.counsellor(Agency.LUXEMBOURG));
        JobseekerDialog dialog = new JobseekerDialog(context.getBean(Jobseekers.class), null);
        dialog.registrationNumber.setValue(number);
        dialog.firstName.setValue("Lea");
        dialog.lastName.setValue("Goergen");
        dialog.languages.setValue(Set.of(Language.LB, Language.FR));
        dialog.email.setValue("lea.goergen@");

        dialog.save();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Not a valid email address");
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.firstName.getValue()).isEqualTo("Lea");
        assertThat(dialog.agency.getValue())
                .as("a counsellor's only agency is preselected")
                .isEqualTo(Agency.LUXEMBOURG);
        assertThat(context.getBean(Jobseekers.class).find(number)).isEmpty();

        dialog.email.setValue("lea.goergen@example.lu");
        dialog.save();
        assertThat(context.getBean(Jobseekers.class).find(number))
                .hasValueSatisfying(
                        saved -> assertThat(saved.languages()).containsExactlyInAnyOrder(Language.LB, Language.FR));
    }

    @Test
    void shouldKeepTheEntriesWhenAColleagueSavedInBetween() {
        String number = data.jobseeker(Agency.LUXEMBOURG);
        signIn(data.counsellor(Agency.LUXEMBOURG));
        Jobseekers jobseekers = context.getBean(Jobseekers.class);
        Jobseeker stored = jobseekers.find(number).orElseThrow();
        JobseekerDialog dialog = new JobseekerDialog(jobseekers, stored);
        jobseekers.save(stored.withDetailsOf(new Jobseeker(
                null,
                null,
                stored.firstName(),
                "Colleague-" + stored.lastName(),
                stored.agency(),
                stored.referentCounsellor(),
                stored.languages(),
                stored.email(),
                stored.phone(),
                stored.targetOccupation(),
                null)));
        dialog.phone.setValue("+352 621 123 456");

        dialog.save();

        assertThat(dialog.error.getText()).startsWith("A colleague changed this jobseeker in the meantime");
        assertThat(dialog.phone.getValue()).isEqualTo("+352 621 123 456");
        assertThat(jobseekers.find(number).orElseThrow().lastName()).startsWith("Colleague-");
    }

    @Test
    void shouldImportACsvUploadForAnAdministratorAndListRefusedLines() {
        String created = TestData.registrationNumber();
        String refused = TestData.registrationNumber();
        signIn(data.administrator());
        UI.getCurrent().navigate(JobseekerImportView.class);
        JobseekerImportView view = _get(JobseekerImportView.class);

        view.importBytes(
                ("\uFEFFregistration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n"
                                + created + ";Steichen;Tom;wiltz;;FR;;;\n"
                                + refused + ";Steichen;;wiltz;;FR;;;\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("1 created, 0 updated, 0 unchanged, 1 refused");
        assertThat(_size(view.errors)).isEqualTo(1);
        assertThat(_get(view.errors, 0).line()).isEqualTo(3);
    }

    @Test
    void shouldNotLetACounsellorOpenTheImport() {
        signIn(data.counsellor(Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate(JobseekerImportView.class))
                .hasMessageContaining("Access is denied");
    }

    /** A jobseeker of Wiltz whose referent is the counsellor, the programme proposed: one open task. */
    private Jobseeker referredTo(String counsellor) {
        String number = data.proposedCase(TestData.newJobseeker(Agency.WILTZ, counsellor));
        signIn(counsellor);
        return context.getBean(Jobseekers.class).find(number).orElseThrow();
    }

    private String assigneeOfTheOpenTask(String number) {
        return data.asTremplin(() -> context.getBean(org.camunda.bpm.engine.TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getAssignee());
    }

    private JobseekerDialog editReferent(JobseekersView view, Jobseeker jobseeker, String referent) {
        view.search.setValue(jobseeker.registrationNumber());
        view.grid.asSingleSelect().setValue(jobseeker);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("jobseeker-edit")));
        JobseekerDialog dialog = _get(JobseekerDialog.class);
        dialog.referentCounsellor.setValue(referent);
        dialog.save();
        return dialog;
    }

    @Test
    void shouldOfferToMoveTheOpenTasksToTheNewReferentAndMoveThemWhenAsked() {
        String claire = data.counsellor(Agency.WILTZ);
        String sophie = data.counsellor(Agency.WILTZ);
        Jobseeker jobseeker = referredTo(claire);
        assertThat(assigneeOfTheOpenTask(jobseeker.registrationNumber())).isEqualTo(claire);

        editReferent(open(), jobseeker, sophie);
        ReferentMoveDialog offer = _get(ReferentMoveDialog.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(offer.move);

        assertThat(assigneeOfTheOpenTask(jobseeker.registrationNumber())).isEqualTo(sophie);
    }

    @Test
    void shouldLeaveTheTasksWhereTheyAreWhenTheUserSaysSoOrTheNewReferentWorksElsewhere() {
        String claire = data.counsellor(Agency.WILTZ);
        Jobseeker jobseeker = referredTo(claire);
        JobseekersView view = open();

        editReferent(view, jobseeker, data.counsellor(Agency.WILTZ));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(ReferentMoveDialog.class).keep);
        assertThat(assigneeOfTheOpenTask(jobseeker.registrationNumber())).isEqualTo(claire);

        Jobseeker saved = context.getBean(Jobseekers.class)
                .find(jobseeker.registrationNumber())
                .orElseThrow();
        editReferent(view, saved, data.counsellor(Agency.DIEKIRCH));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ReferentMoveDialog.class))
                .as("a counsellor of another agency is offered nothing")
                .isEmpty();
        assertThat(assigneeOfTheOpenTask(jobseeker.registrationNumber())).isEqualTo(claire);
    }
}

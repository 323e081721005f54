package lu.adem.tremplin.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.engine.tables.EngineHistory;
import lu.adem.tremplin.support.KaribuViewTest;

/** The DPO's "Anonymise…" on the personal data desk: what will happen, the reason, the outcome. */
class AnonymiseDialogTests extends KaribuViewTest {

    private AnonymiseDialog openFor(String number) {
        UI.getCurrent().navigate("privacy");
        PrivacyView view = _get(PrivacyView.class);
        view.search.setValue(number);
        Jobseeker jobseeker =
                context.getBean(Jobseekers.class).search(number, 0, 1).get(0);
        view.found.select(jobseeker);
        _get(view.selected, Button.class, spec -> spec.withText("Anonymise…")).click();
        return _get(AnonymiseDialog.class);
    }

    @Test
    void shouldSayWhatHappensRequireAReasonAndShowThePseudonym() {
        String number = data.proposedCase(Agency.WILTZ);
        signIn(data.account("dpoui", Roles.groupOf(Roles.DPO)));
        AnonymiseDialog dialog = openFor(number);

        assertThat(dialog.getElement().getTextRecursively())
                .contains(
                        "end the jobseeker’s running cases",
                        "replace the registration number by a pseudonym",
                        "keep the pilot’s figures");
        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.outcome.isVisible()).isFalse();

        dialog.reason.setValue("Erasure request of 3 December");
        dialog.confirm.click();

        assertThat(dialog.outcome.getText())
                .matches("Anonymised: the jobseeker is now X[A-Z2-7]{11}\\. Running cases ended: 1\\.");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(context.getBean(EngineHistory.class).heldAbout(number)).isEmpty();
    }

    @Test
    void shouldSayWhenTheJobseekerWasAlreadyAnonymised() {
        String number = data.jobseeker(Agency.LUXEMBOURG);
        signIn(data.account("dpoui", Roles.groupOf(Roles.DPO)));
        AnonymiseDialog first = openFor(number);
        first.reason.setValue("Request by letter");
        first.confirm.click();
        first.close();
        String pseudonym = first.outcome.getText().replaceAll(".*(X[A-Z2-7]{11}).*", "$1");

        AnonymiseDialog second = openFor(pseudonym);
        second.reason.setValue("Request by letter");
        second.confirm.click();

        assertThat(second.outcome.getText()).startsWith("This jobseeker was already anonymised");
    }

    @Test
    void shouldNotOpenToASupervisor() {
        signIn(data.supervisor());

        assertThatThrownBy(() -> UI.getCurrent().navigate("privacy")).hasMessageContaining("Access is denied");
    }
}

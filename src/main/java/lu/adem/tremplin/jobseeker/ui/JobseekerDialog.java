package lu.adem.tremplin.jobseeker.ui;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * Creates or edits one jobseeker. The server's rules decide; a refusal is shown next to each field
 * and nothing typed is lost, also when a colleague saved the same jobseeker in the meantime.
 */
class JobseekerDialog extends Dialog {

    final TextField registrationNumber = new TextField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final ComboBox<Agency> agency = new ComboBox<>();
    final TextField referentCounsellor = new TextField();
    final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField targetOccupation = new TextField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    private final transient Jobseekers jobseekers;
    private final Jobseeker original;

    JobseekerDialog(Jobseekers jobseekers, Jobseeker original) {
        this.jobseekers = jobseekers;
        this.original = original;
        setHeaderTitle(getTranslation(original == null ? "jobseeker.dialog.new" : "jobseeker.dialog.edit"));
        setWidth("min(48rem, 100vw)");

        label(registrationNumber, "jobseeker.registrationNumber");
        registrationNumber.setRequiredIndicatorVisible(true);
        registrationNumber.setHelperText(getTranslation("jobseeker.registrationNumber.help"));
        label(firstName, "jobseeker.firstName");
        firstName.setRequiredIndicatorVisible(true);
        label(lastName, "jobseeker.lastName");
        lastName.setRequiredIndicatorVisible(true);
        agency.setLabel(getTranslation("jobseeker.agency"));
        agency.setItems(agenciesOfUser());
        agency.setItemLabelGenerator(Agency::displayName);
        agency.setRequiredIndicatorVisible(true);
        label(referentCounsellor, "jobseeker.referentCounsellor");
        languages.setLabel(getTranslation("jobseeker.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation("language." + language.name()));
        languages.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("jobseeker.email"));
        label(phone, "jobseeker.phone");
        label(targetOccupation, "jobseeker.targetOccupation");
        targetOccupation.setHelperText(getTranslation("jobseeker.targetOccupation.help"));
        error.setId("jobseeker-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        FormLayout form = new FormLayout(
                registrationNumber,
                agency,
                firstName,
                lastName,
                languages,
                referentCounsellor,
                email,
                phone,
                targetOccupation);
        form.setColspan(languages, 2);
        add(error, form);

        if (original != null) {
            registrationNumber.setValue(original.registrationNumber());
            registrationNumber.setReadOnly(true);
            firstName.setValue(original.firstName());
            lastName.setValue(original.lastName());
            agency.setValue(original.agency());
            referentCounsellor.setValue(nullToEmpty(original.referentCounsellor()));
            languages.setValue(original.languages());
            email.setValue(nullToEmpty(original.email()));
            phone.setValue(nullToEmpty(original.phone()));
            targetOccupation.setValue(nullToEmpty(original.targetOccupation()));
        } else if (agenciesOfUser().length == 1) {
            agency.setValue(agenciesOfUser()[0]);
        }

        save.setText(getTranslation("jobseeker.dialog.save"));
        save.setId("jobseeker-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("jobseeker.dialog.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private static Agency[] agenciesOfUser() {
        CurrentUser user = CurrentUser.require();
        return user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN)
                ? Agency.values()
                : user.agencies().toArray(Agency[]::new);
    }

    Jobseeker draft() {
        return new Jobseeker(
                original == null ? null : original.id(),
                registrationNumber.getValue().strip().toUpperCase(),
                firstName.getValue().strip(),
                lastName.getValue().strip(),
                agency.getValue(),
                referentCounsellor.getValue(),
                languages.getValue().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages.getValue()),
                email.getValue(),
                phone.getValue(),
                targetOccupation.getValue().strip().toUpperCase(),
                original == null ? null : original.version());
    }

    void save() {
        clearErrors();
        try {
            Jobseeker saved = jobseekers.save(draft());
            fireEvent(new Saved(this, saved));
            close();
        } catch (Jobseekers.InvalidJobseeker invalid) {
            showProblems(invalid.problems());
        } catch (Jobseekers.ChangedMeanwhile changed) {
            showError(getTranslation("jobseeker.dialog.changed-meanwhile"));
        } finally {
            save.setEnabled(true);
        }
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of(
                "registrationNumber",
                registrationNumber,
                "firstName",
                firstName,
                "lastName",
                lastName,
                "agency",
                agency,
                "languages",
                languages,
                "email",
                email,
                "phone",
                phone,
                "targetOccupation",
                targetOccupation);
        problems.forEach((field, problem) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(getTranslation("jobseeker.problem." + field));
                component.setInvalid(true);
            }
        });
        showError(getTranslation("jobseeker.dialog.invalid"));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearErrors() {
        error.setVisible(false);
        for (HasValidation field : new HasValidation[] {
            registrationNumber, firstName, lastName, agency, languages, email, phone, targetOccupation
        }) {
            field.setInvalid(false);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    Registration addSavedListener(ComponentEventListener<Saved> listener) {
        return addListener(Saved.class, listener);
    }

    /** A jobseeker was saved. */
    static class Saved extends ComponentEvent<JobseekerDialog> {
        private final Jobseeker jobseeker;

        Saved(JobseekerDialog source, Jobseeker jobseeker) {
            super(source, false);
            this.jobseeker = jobseeker;
        }

        Jobseeker jobseeker() {
            return jobseeker;
        }
    }
}

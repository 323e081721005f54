package lu.adem.tremplin.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.privacy.AccessLog;
import lu.adem.tremplin.privacy.SubjectAccess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.PersonalData;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The subject access file from the DPO's desk: both downloads hold every section and the jobseeker's data, the
 * printable page is escaped and in the jobseeker's language, each download is in the access log, and nobody but
 * the data protection officer gets it.
 */
class SubjectAccessViewTests extends KaribuViewTest {

    private static Jobseeker jobseeker(String first, Language language) {
        Jobseeker jobseeker = TestData.newJobseeker(Agency.ESCH_SUR_ALZETTE);
        return new Jobseeker(
                null,
                jobseeker.registrationNumber(),
                first,
                jobseeker.lastName(),
                jobseeker.agency(),
                null,
                EnumSet.of(language),
                "subject" + TestData.uniqueId().toLowerCase(Locale.ROOT) + "@example.lu",
                "+352 621 123 456",
                null,
                null);
    }

    /** The DPO's desk with the jobseeker selected: their downloads. */
    private SubjectAccessDownloads desk(String number) {
        signIn(data.account("dpo", "dpo"));
        UI.getCurrent().navigate(PrivacyView.class);
        PrivacyView view = _get(PrivacyView.class);
        view.search.setValue(number);
        view.found.select(context.getBean(Jobseekers.class).find(number).orElseThrow());
        return _get(SubjectAccessDownloads.class);
    }

    private List<String> subjectAccessesTo(String number) {
        return context.getBean(AccessLog.class).about(number, 10).stream()
                .filter(entry -> entry.action().equals(PersonalDataAccessed.SUBJECT_ACCESS))
                .map(AccessLog.Entry::userId)
                .toList();
    }

    @Test
    void shouldDownloadEverySectionAsJsonAndRecordIt() throws Exception {
        Jobseeker leila = jobseeker("Leila", Language.FR);
        String number = data.proposedCase(leila);
        SubjectAccessDownloads downloads = desk(number);

        ButtonKt._click(downloads.json);

        byte[] downloaded = DownloadKt._download(downloads.link);
        assertThat(downloaded).isEqualTo(downloads.lastFile.content());
        assertThat(downloads.lastFile.fileName())
                .contains(number)
                .contains(LocalDate.now(context.getBean(Clock.class)).toString())
                .endsWith(".json");
        JsonNode file = new ObjectMapper().readTree(downloaded);
        assertThat(file.path("registrationNumber").asText()).isEqualTo(number);
        assertThat(file.path("generatedBy").asText()).startsWith("dpo");
        assertThat(file.path("generatedAt").asText()).isNotBlank();
        List<String> sections = context.getBeansOfType(PersonalData.class).values().stream()
                .map(PersonalData::section)
                .toList();
        assertThat(file.path("sections").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(sections);
        JsonNode record = file.path("sections").path("jobseeker").path(0);
        assertThat(record.path("firstName").asText()).isEqualTo("Leila");
        assertThat(record.path("lastName").asText()).isEqualTo(leila.lastName());
        assertThat(record.path("email").asText()).isEqualTo(leila.email());
        assertThat(record.path("phone").asText()).isEqualTo("+352 621 123 456");
        assertThat(file.path("sections").path("pilot").path(0).path("record").asText())
                .isEqualTo("journey");
        assertThat(file.path("sections")
                        .path("runningCases")
                        .path(0)
                        .path("caseKey")
                        .asText())
                .isEqualTo(number);
        assertThat(subjectAccessesTo(number)).singleElement().asString().startsWith("dpo");
    }

    @Test
    void shouldPrintAnEscapedPageInTheJobseekersLanguage() {
        Jobseeker hans = jobseeker("<script>alert('Hans')</script>", Language.DE);
        String number = data.register(hans).registrationNumber();
        SubjectAccessDownloads downloads = desk(number);

        ButtonKt._click(downloads.html);

        String page = new String(DownloadKt._download(downloads.link), StandardCharsets.UTF_8);
        assertThat(downloads.lastFile.fileName()).contains(number).endsWith(".html");
        assertThat(page)
                .contains("<html lang=\"de\">")
                .contains("@media print")
                .contains("Stammdaten der arbeitsuchenden Person", "Vorname", "Wer auf die Daten zugegriffen hat")
                .contains("&lt;script&gt;alert(&#39;Hans&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(subjectAccessesTo(number)).hasSize(1);
    }

    @Test
    void shouldWriteInFrenchWhenTheJobseekerSpeaksNoneOfTheThreeLanguages() {
        String number = data.register(jobseeker("Ana", Language.ES)).registrationNumber();
        signIn(data.account("dpo", "dpo"));

        String page =
                new String(context.getBean(SubjectAccess.class).html(number).content(), StandardCharsets.UTF_8);

        assertThat(page).contains("<html lang=\"fr\">", "Fiche du demandeur d’emploi", "Prénom");
    }

    @Test
    void shouldRefuseSupervisorsAndCounsellors() {
        String number = data.jobseeker(Agency.ESCH_SUR_ALZETTE);
        SubjectAccess subjectAccess = context.getBean(SubjectAccess.class);
        for (String user : List.of(data.supervisor(), data.counsellor(Agency.ESCH_SUR_ALZETTE))) {
            signIn(user);

            assertThatThrownBy(() -> subjectAccess.json(number)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjectAccess.html(number)).isInstanceOf(AccessDeniedException.class);

            // the buttons, reached some other way, only say that it failed
            SubjectAccessDownloads downloads = new SubjectAccessDownloads(subjectAccess, number);
            ButtonKt._click(downloads.json);
            assertThat(downloads.lastFile).isNull();
            NotificationsKt.expectNotifications(
                    "The file could not be prepared, and nothing was downloaded. Try again; if it fails again,"
                            + " contact the administrator.");
        }
        signIn(data.account("dpo", "dpo"));
        assertThat(subjectAccessesTo(number)).isEmpty();
    }
}

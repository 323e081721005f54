package lu.adem.tremplin.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Share;
import lu.adem.tremplin.reporting.EmploymentAtSixMonthsTests;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * Exit to employment at 6 months in the pilot review, its CSV and printable page on the fixed January 2021
 * data set of {@link EmploymentAtSixMonthsTests}, in French, English and German; and the import screen.
 */
class EmploymentViewTests extends KaribuViewTest {

    @BeforeEach
    void dataSet() {
        EmploymentAtSixMonthsTests.fixedDataSet(context);
    }

    @ParameterizedTest
    @CsvSource({
        "fr, Sortie vers l’emploi à 6 mois, invités il y a au moins 6 mois, pas une estimation causale, Aucun cours commencé",
        "en, Exit to employment at 6 months, invited at least 6 months ago, not a causal estimate, No course started",
        "de, Abgang in Beschäftigung nach 6 Monaten, vor mindestens 6 Monaten eingeladen, keine kausale Schätzung, Kein Kurs begonnen"
    })
    void shouldShowTheShareInEmploymentBesideThoseWhoNeverActivatedInTheUsersLanguage(
            String language, String title, String who, String notCausal, String noCourse) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        signIn(data.supervisor());
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);

        view.from.setValue(EmploymentAtSixMonthsTests.JANUARY_1);
        view.to.setValue(EmploymentAtSixMonthsTests.JANUARY_31);

        EmploymentSection section = view.employment;
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains(title, who, notCausal);
        assertThat(section.shares.getListDataView().getItems().map(Share::group))
                .as("by agency, then the total")
                .containsExactly("luxembourg", "wiltz", "");

        section.by.setValue(EmploymentSection.By.COURSE_TYPE);

        assertThat(section.shares.getListDataView().getItems())
                .containsExactly(
                        new Share("none", 4, 2, 3, 1),
                        new Share("office", 2, 1, 0, 0),
                        new Share("web", 1, 1, 0, 0),
                        new Share("", 7, 4, 3, 1));
        assertThat(section.getTranslation("pilot-review.employment.no-course")).isEqualTo(noCourse);
    }

    @Test
    void shouldExportTheFigureAsCsvWithAggregatesOnly() {
        signIn(data.supervisor());
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);
        view.from.setValue(EmploymentAtSixMonthsTests.JANUARY_1);
        view.to.setValue(EmploymentAtSixMonthsTests.JANUARY_31);

        String csv =
                CsvDownload.csv(EmploymentSection.csv(view.employment.figures)).replace("\"", "");

        assertThat(csv.lines())
                .as("header, total, two agencies, two routes, three course types")
                .hasSize(9);
        assertThat(csv)
                .contains(
                        "from,to,invited_on_or_before,dimension,group,invited,employed_at_6_months,employed_share",
                        ",total,,7,4,0.5714,4,3,0.7500,3,1,0.3333",
                        ",agency,wiltz,3,1,0.3333,0,0,,3,1,0.3333",
                        ",course_type,office,2,1,0.5000,2,1,0.5000,0,0,")
                .doesNotContain("EM21-R");
    }

    @Test
    void shouldPrintTheFigureOnTheSummaryPage() {
        signIn(data.supervisor());
        UI.getCurrent()
                .navigate(
                        RouteConfiguration.forSessionScope().getUrl(PilotSummaryView.class),
                        QueryParameters.simple(Map.of("from", "2021-01-01", "to", "2021-01-31")));
        PilotSummaryView summary = _get(PilotSummaryView.class);

        assertThat(summary.employment.total()).isEqualTo(new Share("", 7, 4, 3, 1));
        NativeTable table = _get(summary, NativeTable.class, spec -> spec.withId("pilot-summary-employment"));
        assertThat(table.getElement().getChildCount())
                .as("header, total, two agencies, two routes")
                .isEqualTo(6);
        assertThat(summary.getElement().getTextRecursively())
                .contains("Exit to employment at 6 months", "invited at least 6 months ago", "4 (57.1%)");
    }

    @ParameterizedTest
    @CsvSource({
        "fr, 'Fichier outcomes.csv : rien n’a été importé, 1 problème(s) à corriger.', Le type de sortie « retired » n’est ni employment",
        "en, 'File outcomes.csv: nothing imported, 1 problem(s) to correct.', Kind of exit \"retired\" is not employment",
        "de, 'Datei outcomes.csv: nichts importiert, 1 Problem(e) zu beheben.', Die Abgangsart „retired“ ist weder employment"
    })
    void shouldKeepTheFileNameAndListTheRefusedLinesInTheUsersLanguage(String language, String summary, String error) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        signIn(data.administrator());
        UI.getCurrent().navigate(EmploymentImportView.class);
        EmploymentImportView view = _get(EmploymentImportView.class);

        view.importBytes(
                "outcomes.csv",
                "\uFEFFregistration_number;exit_date;exit_kind\nAB-123;2026-03-31;retired\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo(summary);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.getListDataView().getItems().map(view::message))
                .singleElement()
                .asString()
                .startsWith(error);
    }
}

package lu.adem.tremplin.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import lu.adem.tremplin.reporting.Satisfaction.Group;
import lu.adem.tremplin.reporting.SatisfactionTests;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * Satisfaction in the pilot review, its CSV and the printable page, on the fixed March 2021 data set of
 * {@link SatisfactionTests}, in French, English and German: small groups read "fewer than 5 answers", comments
 * never appear.
 */
class SatisfactionViewTests extends KaribuViewTest {

    @BeforeEach
    void dataSet() {
        SatisfactionTests.fixedDataSet(context.getBean(JdbcClient.class));
    }

    private PilotReviewView march() {
        signIn(data.supervisor());
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);
        view.from.setValue(SatisfactionTests.MARCH_1);
        view.to.setValue(SatisfactionTests.MARCH_31);
        return view;
    }

    @ParameterizedTest
    @CsvSource({
        "fr, Satisfaction, Moins de 5 réponses, n’apparaissent jamais dans la revue, '4,2 / 5', 'Les cours eux-mêmes (3), Apprendre à mon rythme (2)'",
        "en, Satisfaction, Fewer than 5 answers, never appear in the review, 4.2 / 5, 'The courses themselves (3), Learning at my own pace (2)'",
        "de, Zufriedenheit, Weniger als 5 Antworten, erscheinen nie in der Auswertung, '4,2 / 5', 'Die Kurse selbst (3), In meinem eigenen Tempo lernen (2)'"
    })
    void shouldShowSatisfactionByRouteAndAgencyHidingSmallGroupsInTheUsersLanguage(
            String language, String title, String tooFew, String noComments, String autonomousMean, String helpedMost) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        SatisfactionSection section = march().satisfaction;
        SatisfactionLabels labels = new SatisfactionLabels(section);

        assertThat(section.getElement().getTextRecursively()).contains(title, noComments);
        assertThat(section.groups.getListDataView().getItems().map(Group::group))
                .as("by route, then the total")
                .containsExactly("AUTONOMOUS", "GUIDED_START", "");
        Group autonomous = section.groups.getListDataView().getItem(0);
        assertThat(labels.cells(autonomous).get(0)).isEqualTo("5");
        assertThat(labels.cells(autonomous).get(1)).isEqualTo(autonomousMean);
        assertThat(labels.cells(section.groups.getListDataView().getItem(2)).get(3))
                .isEqualTo(helpedMost);

        section.by.setValue(SatisfactionLabels.By.COURSE_TYPE);

        assertThat(section.groups.getListDataView().getItems().map(Group::group))
                .containsExactly("none", "office", "web", "");
        assertThat(labels.cells(section.groups.getListDataView().getItem(0)))
                .as("2 answers: no figure")
                .containsExactly(tooFew, "", "", "", "");

        section.by.setValue(SatisfactionLabels.By.AGENCY);

        assertThat(section.groups.getListDataView().getItems().map(Group::group))
                .containsExactly("luxembourg", "wiltz", "");
        assertThat(section.getElement().getTextRecursively()).doesNotContain("a comment nobody sees");
    }

    @Test
    void shouldExportTheFiguresAsCsvWithAggregatesOnlyAndNoComment() {
        PilotReviewView view = march();

        String csv = CsvDownload.csv(SatisfactionLabels.csv(view.satisfaction.figures))
                .replace("\"", "");

        assertThat(csv.lines())
                .as("header, total, two routes, two agencies, three course types")
                .hasSize(9);
        assertThat(csv)
                .contains(
                        "from,to,dimension,group,answers,mean_satisfaction,would_recommend_share,helped_courses,helped_own_pace,"
                                + "helped_counsellor,helped_club_emploi,helped_certificate,missing_time,missing_equipment,"
                                + "missing_help,missing_language,missing_level",
                        "2021-03-01,2021-03-31,total,,10,3.60,0.7000,3,2,2,2,1,4,2,2,0,1",
                        "2021-03-01,2021-03-31,route,AUTONOMOUS,5,4.20,0.8000,",
                        "2021-03-01,2021-03-31,route,GUIDED_START,5,3.00,0.6000,",
                        "2021-03-01,2021-03-31,course_type,none,fewer than 5,,,,,,,,,,,,",
                        "2021-03-01,2021-03-31,agency,luxembourg,5,4.00,0.8000,3,2,1,1,0,2,1,1,0,0",
                        "2021-03-01,2021-03-31,course_type,web,fewer than 5,")
                .doesNotContain("SAT21-R", "comment");

        view.to.setValue(java.time.LocalDate.of(2021, 3, 6));

        assertThat(CsvDownload.csv(SatisfactionLabels.csv(view.satisfaction.figures))
                        .replace("\"", ""))
                .contains("route,AUTONOMOUS,withheld,", "route,GUIDED_START,fewer than 5,");
        assertThat(new SatisfactionLabels(view)
                        .cells(view.satisfaction.figures.byRoute().get(0))
                        .get(0))
                .isEqualTo("Withheld (so that a smaller group cannot be worked out)");
    }

    @Test
    void shouldPrintSatisfactionByRouteAndAgencyOnTheSummaryPage() {
        signIn(data.supervisor());
        UI.getCurrent()
                .navigate(
                        RouteConfiguration.forSessionScope().getUrl(PilotSummaryView.class),
                        QueryParameters.simple(Map.of("from", "2021-03-01", "to", "2021-03-31")));
        PilotSummaryView summary = _get(PilotSummaryView.class);

        assertThat(summary.satisfied.total().answers()).isEqualTo(10);
        NativeTable table = _get(summary, NativeTable.class, spec -> spec.withId("pilot-summary-satisfaction"));
        assertThat(table.getElement().getChildCount())
                .as("header, total, route heading, two routes, agency heading, two agencies")
                .isEqualTo(8);
        assertThat(summary.getElement().getTextRecursively())
                .contains("Satisfaction", "4.2 / 5", "3.6 / 5", "70%", "never appear in the review")
                .doesNotContain("a comment nobody sees");
    }
}

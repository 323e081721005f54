package lu.adem.tremplin.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import lu.adem.tremplin.reporting.PilotReview.CourseKind;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.reporting.PilotReview.Funnel;
import lu.adem.tremplin.reporting.PilotReviewTests;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.support.KaribuViewTest;

/** The pilot review's screens on the fixed March 2031 data set of {@link PilotReviewTests}. */
class PilotReviewViewTests extends KaribuViewTest {

    @BeforeEach
    void dataSet() {
        PilotReviewTests.fixedDataSet(context);
        signIn(data.supervisor());
    }

    @Test
    void shouldShowTheFunnelByAgencyThenByRouteWithHeadlineFiguresAndCharts() {
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);

        view.from.setValue(PilotReviewTests.MARCH_1);
        view.to.setValue(PilotReviewTests.MARCH_31);

        assertThat(view.funnel.getListDataView().getItems().map(Funnel::group))
                .as("by agency, then the total")
                .containsExactly("luxembourg", "wiltz", "");
        assertThat(view.headline
                        .getChildren()
                        .map(card -> card.getElement().getChild(0).getText())
                        .toList())
                .containsExactly("5", "80%", "50%", "70 %", "66.7%", "0.33");
        assertThat(view.funnelChart.isVisible()).isTrue();
        assertThat(view.courseCharts.get(CourseKind.TOPIC).isVisible()).isTrue();
        assertThat(view.courseTypes.getListDataView().getItems())
                .allSatisfy(type -> assertThat(type.dimension()).isEqualTo(Dimension.AGENCY));

        view.dimension.setValue(Dimension.ROUTE);

        assertThat(view.funnel.getListDataView().getItems().map(Funnel::group))
                .containsExactly("AUTONOMOUS", "GUIDED_START", "");
        assertThat(view.print.getHref()).isEqualTo("pilot-review/print?from=2031-03-01&to=2031-03-31");
    }

    @Test
    void shouldExportTheFiguresAsCsvWithAggregatesOnly() {
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);
        view.from.setValue(PilotReviewTests.MARCH_1);
        view.to.setValue(PilotReviewTests.MARCH_31);

        String funnel = CsvDownload.csv(PilotLabels.funnelCsv(view.figures));
        String courses = CsvDownload.csv(PilotLabels.courseTypesCsv(view.figures));

        assertThat(unquoted(funnel))
                .hasSize(1 + 1 + 2 + 2)
                .contains(
                        "2031-03-01,2031-03-31,total,,5,4,0.8000,2,0.5000,3,70.0,2,0.6667,1,0.3333",
                        "2031-03-01,2031-03-31,agency,luxembourg,3,2,0.6667,1,0.5000,2,60.0,1,0.5000,1,0.5000");
        assertThat(unquoted(courses)).contains("2031-03-01,2031-03-31,total,,topic,office,2,2,1.0000,1");
        assertThat(funnel + courses).as("no registration number, no name").doesNotContain("RV31-R");
    }

    @Test
    void shouldPrintAOnePageSummaryOfThePeriodInTheAddress() {
        UI.getCurrent()
                .navigate(
                        RouteConfiguration.forSessionScope().getUrl(PilotSummaryView.class),
                        QueryParameters.simple(java.util.Map.of("from", "2031-03-01", "to", "2031-03-31")));
        PilotSummaryView summary = _get(PilotSummaryView.class);

        assertThat(summary.figures.from()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(summary.figures.total().invited()).isEqualTo(5);
        String text = summary.getElement().getTextRecursively();
        assertThat(text).contains("Luxembourg", "Wiltz", "autonomous online learning", "office", "2 to 5 hours");
        assertThat(_get(
                                summary,
                                com.vaadin.flow.component.html.NativeTable.class,
                                spec -> spec.withId("pilot-summary-funnel"))
                        .getElement()
                        .getChildCount())
                .as("header, total, agency heading and two agencies, route heading and two routes")
                .isEqualTo(8);
    }

    @Test
    void shouldSaySoWhenAPeriodHoldsNothing() {
        UI.getCurrent().navigate(PilotReviewView.class);
        PilotReviewView view = _get(PilotReviewView.class);

        view.from.setValue(LocalDate.of(2031, 2, 1));
        view.to.setValue(LocalDate.of(2031, 2, 28));

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("No jobseeker was invited");
        assertThat(view.courseTypes.isVisible()).isFalse();
        assertThat(view.funnelChart.isVisible()).isFalse();

        view.to.setValue(LocalDate.of(2031, 1, 31));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The last day comes on or after the first.");
        assertThat(view.figures.to())
                .as("the figures shown stay those of the last valid period")
                .isEqualTo(LocalDate.of(2031, 2, 28));
    }

    /** Every cell is quoted; these cells hold no quote of their own. */
    private static List<String> unquoted(String csv) {
        return csv.lines().map(line -> line.replace("\"", "")).toList();
    }
}

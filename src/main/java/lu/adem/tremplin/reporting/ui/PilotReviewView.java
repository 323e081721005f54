package lu.adem.tremplin.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.reporting.EmploymentAtSixMonths;
import lu.adem.tremplin.reporting.PilotReview;
import lu.adem.tremplin.reporting.PilotReview.CourseKind;
import lu.adem.tremplin.reporting.PilotReview.CourseType;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.reporting.PilotReview.Figures;
import lu.adem.tremplin.reporting.PilotReview.Funnel;
import lu.adem.tremplin.reporting.Satisfaction;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.shared.ui.EChart;
import lu.adem.tremplin.shared.ui.PeriodPicker;

/**
 * The pilot's figures for supervisors over a chosen period (the pilot so far by default): headline
 * figures, the funnel by agency or route with its chart, the course types jobseekers prefer, and exit to
 * employment at 6 months ({@link EmploymentSection}), satisfaction ({@link SatisfactionSection}); every
 * table as CSV, and a one-page summary to print.
 *
 * <p>Longer than our usual classes: each figure's label, table column, chart and CSV column are laid out together; the next split is one component per table, as the cockpit has per tab.
 */
@Route("pilot-review")
@Menu(order = 4.5, title = "nav.pilot-review", icon = "vaadin:chart")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class PilotReviewView extends VerticalLayout implements HasDynamicTitle {

    private final transient PilotReview review;
    private final PilotLabels labels = new PilotLabels(this);

    final PeriodPicker period;
    final DatePicker from;
    final DatePicker to;
    final RadioButtonGroup<Dimension> dimension = new RadioButtonGroup<>();
    final FlexLayout headline = new FlexLayout();
    final Grid<Funnel> funnel = new Grid<>();
    final EChart funnelChart;
    final Paragraph empty = new Paragraph();
    final Map<CourseKind, EChart> courseCharts = new LinkedHashMap<>();
    final Grid<CourseType> courseTypes = new Grid<>();
    final Anchor print = new Anchor();
    final EmploymentSection employment;
    final SatisfactionSection satisfaction;
    Figures figures;

    PilotReviewView(
            PilotReview review, EmploymentAtSixMonths atSixMonths, Satisfaction satisfied, Pilot pilot, Clock clock) {
        this.review = review;
        this.employment = new EmploymentSection(atSixMonths);
        this.satisfaction = new SatisfactionSection(satisfied);
        setWidthFull();
        setMaxWidth("90rem");
        LocalDate today = LocalDate.now(clock);
        LocalDate start = pilot.current().start();
        period = new PeriodPicker(
                "pilot-review", start != null && !start.isAfter(today) ? start : today.minusDays(364), today, today);
        from = period.from;
        to = period.to;
        dimension.setId("pilot-review-dimension");
        dimension.setLabel(getTranslation("pilot-review.by"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(
                d -> getTranslation("pilot-review.by." + d.name().toLowerCase()));
        dimension.setValue(Dimension.AGENCY);
        HorizontalLayout choose = new HorizontalLayout(from, to, dimension);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);

        headline.setId("pilot-review-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-m)");

        funnel.setId("pilot-review-funnel");
        funnel.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        funnel.setAriaLabel(getTranslation("pilot-review.funnel"));
        funnel.addColumn(f -> labels.group(dimension.getValue(), f.group()))
                .setHeader(getTranslation("pilot-review.group"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        funnel.addColumn(Funnel::invited)
                .setHeader(getTranslation("pilot-review.invited"))
                .setAutoWidth(true);
        funnel.addColumn(f -> f.activated() + " (" + labels.share(f.activatedShare()) + ")")
                .setHeader(getTranslation("pilot-review.activated"))
                .setAutoWidth(true);
        funnel.addColumn(f -> f.startedWithin30Days() + " (" + labels.share(f.startedWithin30DaysShare()) + ")")
                .setHeader(getTranslation("pilot-review.started30"))
                .setAutoWidth(true);
        funnel.addColumn(Funnel::starters)
                .setHeader(getTranslation("pilot-review.starters"))
                .setAutoWidth(true);
        funnel.addColumn(f -> labels.progress(f.medianProgress()))
                .setHeader(getTranslation("pilot-review.median-progress"))
                .setAutoWidth(true);
        funnel.addColumn(f -> labels.share(f.completionPerStarter()))
                .setHeader(getTranslation("pilot-review.completion"))
                .setAutoWidth(true);
        funnel.addColumn(f -> labels.ratio(f.certificatesPerStarter()))
                .setHeader(getTranslation("pilot-review.certificates"))
                .setAutoWidth(true);
        funnel.setAllRowsVisible(true);
        funnelChart = new EChart(getTranslation("pilot-review.funnel.chart"));
        funnelChart.setId("pilot-review-funnel-chart");

        courseTypes.setId("pilot-review-course-types");
        courseTypes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        courseTypes.setAriaLabel(getTranslation("pilot-review.courses"));
        courseTypes
                .addColumn(type -> labels.group(type.dimension(), type.group()))
                .setHeader(getTranslation("pilot-review.group"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(type ->
                        getTranslation("pilot-review.kind." + type.kind().name().toLowerCase()))
                .setHeader(getTranslation("pilot-review.kind"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(type -> labels.courseValue(type.kind(), type.value()))
                .setHeader(getTranslation("pilot-review.value"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(CourseType::started)
                .setHeader(getTranslation("pilot-review.courses.started"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(CourseType::completed)
                .setHeader(getTranslation("pilot-review.courses.completed"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(type -> labels.share(type.completionShare()))
                .setHeader(getTranslation("pilot-review.courses.completion"))
                .setAutoWidth(true);
        courseTypes
                .addColumn(CourseType::certificates)
                .setHeader(getTranslation("pilot-review.certificates.count"))
                .setAutoWidth(true);
        courseTypes.setHeight("28rem");
        FlexLayout charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        for (CourseKind kind : CourseKind.values()) {
            EChart chart = new EChart(getTranslation(
                    "pilot-review.courses.chart",
                    getTranslation("pilot-review.kind." + kind.name().toLowerCase())));
            chart.setId("pilot-review-chart-" + kind.name().toLowerCase());
            chart.setWidth("min(100%, 28rem)");
            chart.setHeight("16rem");
            courseCharts.put(kind, chart);
            charts.add(chart);
        }

        Anchor funnelCsv = CsvDownload.link(
                getTranslation("cockpit.csv"), "pilot-figures.csv", () -> PilotLabels.funnelCsv(current()));
        funnelCsv.setId("pilot-review-csv");
        Anchor coursesCsv = CsvDownload.link(
                getTranslation("cockpit.csv"), "pilot-course-types.csv", () -> PilotLabels.courseTypesCsv(current()));
        coursesCsv.setId("pilot-review-courses-csv");
        print.setId("pilot-review-print");
        print.setText(getTranslation("pilot-review.print"));
        print.setTarget(AnchorTarget.BLANK);

        add(
                new H2(getTranslation("pilot-review.title")),
                new Paragraph(getTranslation("pilot-review.intro")),
                choose,
                print,
                empty,
                headline,
                new H3(getTranslation("pilot-review.funnel")),
                funnel,
                funnelCsv,
                funnelChart,
                new H3(getTranslation("pilot-review.courses")),
                new Paragraph(getTranslation("pilot-review.courses.intro")),
                charts,
                courseTypes,
                coursesCsv,
                this.employment,
                this.satisfaction);
        period.onChange(this::refresh);
        dimension.addValueChangeListener(change -> refresh());
        refresh();
    }

    /** The figures on screen, recomputed for an export so that it matches the period chosen. */
    private Figures current() {
        return figures == null ? review.figures(from.getValue(), to.getValue()) : figures;
    }

    void refresh() {
        if (!period.valid()) {
            return;
        }
        figures = review.figures(from.getValue(), to.getValue());
        employment.show(from.getValue(), to.getValue());
        satisfaction.show(from.getValue(), to.getValue());
        Dimension by = dimension.getValue() == null ? Dimension.TOTAL : dimension.getValue();
        boolean none = figures.total().invited() == 0 && figures.courseTypes().isEmpty();
        empty.setText(getTranslation("pilot-review.empty"));
        empty.setVisible(none);
        showHeadline(figures.total());
        List<Funnel> rows = new ArrayList<>(figures.funnels(by));
        if (by != Dimension.TOTAL) {
            rows.add(figures.total());
        }
        funnel.setItems(rows);
        funnelChart.setOption(EChart.bars(
                getTranslation("pilot-review.funnel.chart"),
                figures.funnels(by).stream()
                        .map(f -> labels.group(by, f.group()))
                        .toList(),
                funnelSeries(by)));
        funnelChart.setVisible(!none);
        for (CourseKind kind : CourseKind.values()) {
            List<CourseType> types = figures.courseTypes(kind);
            Map<String, List<Number>> series = new LinkedHashMap<>();
            series.put(
                    getTranslation("pilot-review.courses.started"),
                    types.stream().map(t -> (Number) t.started()).toList());
            series.put(
                    getTranslation("pilot-review.courses.completed"),
                    types.stream().map(t -> (Number) t.completed()).toList());
            EChart chart = courseCharts.get(kind);
            // a bar per type must stay readable: many topics need a taller chart
            chart.setHeight(Math.max(16, 6 + types.size() * 1.6) + "rem");
            chart.setOption(EChart.bars(
                    getTranslation("pilot-review.kind." + kind.name().toLowerCase()),
                    types.stream().map(t -> labels.courseValue(kind, t.value())).toList(),
                    series));
            chart.setVisible(!types.isEmpty());
        }
        courseTypes.setItems(figures.courseTypes().stream()
                .filter(type -> type.dimension() == by)
                .toList());
        courseTypes.setVisible(!figures.courseTypes().isEmpty());
        String printUrl = RouteConfiguration.forSessionScope().getUrl(PilotSummaryView.class) + "?"
                + QueryParameters.simple(Map.of(
                                "from",
                                from.getValue().toString(),
                                "to",
                                to.getValue().toString()))
                        .getQueryString();
        print.setHref(printUrl);
    }

    private Map<String, List<Number>> funnelSeries(Dimension by) {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        List<Funnel> funnels = figures.funnels(by);
        series.put(
                getTranslation("pilot-review.activated"),
                funnels.stream()
                        .map(f -> (Number) PilotLabels.percent(f.activatedShare()))
                        .toList());
        series.put(
                getTranslation("pilot-review.started30"),
                funnels.stream()
                        .map(f -> (Number) PilotLabels.percent(f.startedWithin30DaysShare()))
                        .toList());
        series.put(
                getTranslation("pilot-review.completion"),
                funnels.stream()
                        .map(f -> (Number) PilotLabels.percent(f.completionPerStarter()))
                        .toList());
        return series;
    }

    private void showHeadline(Funnel total) {
        headline.removeAll();
        headline.add(
                card("invited", String.valueOf(total.invited())),
                card("activated", labels.share(total.activatedShare())),
                card("started30", labels.share(total.startedWithin30DaysShare())),
                card("median-progress", labels.progress(total.medianProgress())),
                card("completion", labels.share(total.completionPerStarter())),
                card("certificates", labels.ratio(total.certificatesPerStarter())));
    }

    private Component card(String key, String value) {
        Div card = new Div();
        card.addClassName("pilot-review-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("min-width", "10rem");
        Span figure = new Span(value);
        figure.getStyle()
                .set("display", "block")
                .set("font-size", "var(--lumo-font-size-xxl)")
                .set("font-weight", "600");
        Span label = new Span(getTranslation("pilot-review." + key));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        card.add(figure, label);
        card.setId("pilot-review-card-" + key);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilot-review.title") + " · Tremplin";
    }
}

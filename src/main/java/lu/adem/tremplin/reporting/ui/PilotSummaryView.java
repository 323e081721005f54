package lu.adem.tremplin.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.reporting.EmploymentAtSixMonths;
import lu.adem.tremplin.reporting.PilotReview;
import lu.adem.tremplin.reporting.PilotReview.CourseKind;
import lu.adem.tremplin.reporting.PilotReview.CourseType;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.reporting.PilotReview.Figures;
import lu.adem.tremplin.reporting.PilotReview.Funnel;
import lu.adem.tremplin.reporting.Satisfaction;
import lu.adem.tremplin.shared.Roles;

/**
 * The pilot review on one printed page (A4): the funnel in total, by agency and by route, and the three
 * course types most started of each kind, exit to employment at 6 months and satisfaction (small groups hidden), for the period in the address ({@code ?from=…&to=…}).
 * Without the application's menu, so that the browser prints the figures only. Aggregates only.
 */
@Route(value = "pilot-review/print", autoLayout = false)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class PilotSummaryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TOP = 3;
    static final String STYLE = """
            .pilot-summary { font: 10pt/1.35 system-ui, sans-serif; color: #111; max-width: 190mm; margin: 8mm auto; }
            .pilot-summary h1 { font-size: 15pt; margin: 0 0 2mm; } .pilot-summary h2 { font-size: 11pt; margin: 4mm 0 1mm; }
            .pilot-summary table { border-collapse: collapse; width: 100%; }
            .pilot-summary th, .pilot-summary td { border-bottom: 1px solid #ccc; padding: 0.6mm 1.5mm; text-align: right; }
            .pilot-summary th:first-child, .pilot-summary td:first-child { text-align: left; }
            .pilot-summary .courses { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
            .pilot-summary p { margin: 1mm 0; }
            @page { size: A4; margin: 10mm; }
            @media print { .pilot-summary .no-print { display: none; } .pilot-summary { margin: 0; } }
            """;

    private final transient PilotReview review;
    private final transient EmploymentAtSixMonths atSixMonths;
    private final transient Satisfaction satisfaction;
    private final transient Clock clock;
    private final PilotLabels labels = new PilotLabels(this);
    Figures figures;
    EmploymentAtSixMonths.Figures employment;
    Satisfaction.Figures satisfied;

    PilotSummaryView(PilotReview review, EmploymentAtSixMonths atSixMonths, Satisfaction satisfaction, Clock clock) {
        this.review = review;
        this.atSixMonths = atSixMonths;
        this.satisfaction = satisfaction;
        this.clock = clock;
        addClassName("pilot-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        LocalDate today = LocalDate.now(clock);
        LocalDate to = day(parameters.getSingleParameter("to").orElse(null), today);
        LocalDate from = day(parameters.getSingleParameter("from").orElse(null), to.minusDays(364));
        if (to.isBefore(from)) {
            from = to;
        }
        show(review.figures(from, to), today);
        showEmployment(atSixMonths.figures(from, to));
        satisfied = satisfaction.figures(from, to);
        SatisfactionPrint.of(this, satisfied).forEach(this::add);
    }

    /** Exit to employment at 6 months, in total, by agency and by route, after the course types. */
    void showEmployment(EmploymentAtSixMonths.Figures shown) {
        this.employment = shown;
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        NativeTable table = new NativeTable();
        table.setId("pilot-summary-employment");
        table.add(row(
                true,
                getTranslation("pilot-review.group"),
                getTranslation("pilot-review.employment.counted"),
                getTranslation("pilot-review.employment.employed"),
                getTranslation("pilot-review.employment.activated"),
                getTranslation("pilot-review.employment.never-activated")));
        table.add(employmentRow(Dimension.TOTAL, shown.total()));
        shown.byAgency().forEach(s -> table.add(employmentRow(Dimension.AGENCY, s)));
        shown.byRoute().forEach(s -> table.add(employmentRow(Dimension.ROUTE, s)));
        add(
                new H2(getTranslation("pilot-review.employment")),
                new Paragraph(getTranslation("pilot-review.employment.who", date.format(shown.invitedBy())) + " "
                        + getTranslation("pilot-review.employment.not-causal")),
                table);
    }

    private NativeTableRow employmentRow(Dimension dimension, EmploymentAtSixMonths.Share s) {
        return row(
                false,
                labels.group(dimension, s.group()),
                String.valueOf(s.invited()),
                s.employed() + " (" + labels.share(s.employedShare()) + ")",
                labels.share(s.activatedShare()) + " (" + s.activated() + ")",
                labels.share(s.neverActivatedShare()) + " (" + s.neverActivated() + ")");
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        try {
            return text == null ? otherwise : LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            return otherwise;
        }
    }

    void show(Figures shown, LocalDate today) {
        this.figures = shown;
        removeAll();
        getElement()
                .executeJs(
                        "if (!document.getElementById('pilot-summary-style')) { const s = document.createElement('style');"
                                + " s.id = 'pilot-summary-style'; s.textContent = $0; document.head.appendChild(s); }",
                        STYLE);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Button printNow = new Button(
                getTranslation("pilot-review.print.now"), click -> getElement().executeJs("window.print()"));
        printNow.addClassName("no-print");
        printNow.setId("pilot-summary-print");
        add(
                printNow,
                new H1(getTranslation("pilot-review.summary.title")),
                new Paragraph(getTranslation(
                        "pilot-review.summary.period",
                        date.format(shown.from()),
                        date.format(shown.to()),
                        date.format(today))));
        NativeTable funnels = new NativeTable();
        funnels.setId("pilot-summary-funnel");
        funnels.add(row(
                true,
                getTranslation("pilot-review.group"),
                getTranslation("pilot-review.invited"),
                getTranslation("pilot-review.activated"),
                getTranslation("pilot-review.started30"),
                getTranslation("pilot-review.starters"),
                getTranslation("pilot-review.median-progress"),
                getTranslation("pilot-review.completion"),
                getTranslation("pilot-review.certificates")));
        funnels.add(funnelRow(Dimension.TOTAL, shown.total()));
        for (Dimension dimension : List.of(Dimension.AGENCY, Dimension.ROUTE)) {
            NativeTableRow section = row(
                    true, getTranslation("pilot-review.by." + dimension.name().toLowerCase()));
            section.getElement().getChild(0).setAttribute("colspan", "8").setAttribute("scope", "colgroup");
            funnels.add(section);
            shown.funnels(dimension).forEach(f -> funnels.add(funnelRow(dimension, f)));
        }
        add(new H2(getTranslation("pilot-review.funnel")), funnels);
        Div courses = new Div();
        courses.addClassName("courses");
        for (CourseKind kind : CourseKind.values()) {
            NativeTable table = new NativeTable();
            table.add(row(
                    true,
                    getTranslation("pilot-review.kind." + kind.name().toLowerCase()),
                    getTranslation("pilot-review.courses.started"),
                    getTranslation("pilot-review.courses.completion")));
            List<CourseType> types = shown.courseTypes(kind);
            types.stream()
                    .limit(kind == CourseKind.LENGTH ? types.size() : TOP)
                    .forEach(type -> table.add(row(
                            false,
                            labels.courseValue(kind, type.value()),
                            String.valueOf(type.started()),
                            labels.share(type.completionShare()))));
            if (types.isEmpty()) {
                table.add(row(false, getTranslation("pilot-review.summary.none"), "", ""));
            }
            courses.add(table);
        }
        add(
                new H2(getTranslation("pilot-review.courses")),
                courses,
                new Paragraph(getTranslation("pilot-review.summary.definitions")));
    }

    private NativeTableRow funnelRow(Dimension dimension, Funnel f) {
        return row(
                false,
                labels.group(dimension, f.group()),
                String.valueOf(f.invited()),
                labels.share(f.activatedShare()),
                labels.share(f.startedWithin30DaysShare()),
                String.valueOf(f.starters()),
                labels.progress(f.medianProgress()),
                labels.share(f.completionPerStarter()),
                labels.ratio(f.certificatesPerStarter()));
    }

    private static NativeTableRow row(boolean header, String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (String cell : cells) {
            if (header) {
                NativeTableHeaderCell th = new NativeTableHeaderCell(cell);
                th.getElement().setAttribute("scope", "col");
                row.add(th);
            } else {
                row.add(new NativeTableCell(cell));
            }
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilot-review.summary.title") + " · Tremplin";
    }
}

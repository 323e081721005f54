package lu.adem.tremplin.privacy.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.privacy.AccessLog;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.PeriodPicker;

/**
 * The data protection officer reads the access log by user and by period, newest first, page by page
 * (by jobseeker: {@link PrivacyView}). Nobody else opens it: supervisors do not see other people's access.
 */
@Route("privacy/access-log")
@Menu(order = 6.6, title = "nav.access-log", icon = "vaadin:list")
@RolesAllowed(Roles.DPO)
public class AccessLogView extends VerticalLayout implements HasDynamicTitle {

    final TextField user = new TextField();
    final PeriodPicker period;
    final Grid<AccessLog.Entry> entries = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final transient AccessLog accessLog;

    AccessLogView(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        LocalDate today = LocalDate.now(clock);
        user.setId("access-log-user");
        user.setLabel(getTranslation("access-log.user"));
        user.setHelperText(getTranslation("access-log.user.help"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(change -> refresh());
        period = new PeriodPicker("access-log", today.minusDays(30), today, today);
        period.onChange(this::refresh);
        HorizontalLayout filters = new HorizontalLayout(user, period.from, period.to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        entries.setId("access-log-entries");
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        entries.setAriaLabel(getTranslation("access-log.title"));
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        entries.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("privacy.access.at"));
        entries.addColumn(AccessLog.Entry::userId).setHeader(getTranslation("privacy.access.user"));
        entries.addColumn(entry -> getTranslation("privacy.action." + entry.action()))
                .setHeader(getTranslation("privacy.access.action"));
        entries.addColumn(AccessLog.Entry::registrationNumber)
                .setHeader(getTranslation("jobseeker.registrationNumber"));
        entries.addColumn(AccessLog.Entry::screen).setHeader(getTranslation("privacy.access.screen"));
        entries.setPageSize(50);
        entries.setItems(
                page -> accessLog.find(query(), page.getOffset(), page.getLimit()).stream(),
                page -> accessLog.count(query()));

        empty.setId("access-log-empty");
        empty.setText(getTranslation("access-log.empty"));
        add(
                new H2(getTranslation("access-log.title")),
                new Paragraph(getTranslation("access-log.intro")),
                filters,
                empty,
                entries);
        refresh();
    }

    AccessLog.Query query() {
        return new AccessLog.Query(user.getValue(), period.from.getValue(), period.to.getValue());
    }

    void refresh() {
        if (!period.valid()) {
            return;
        }
        entries.getDataProvider().refreshAll();
        boolean none = accessLog.count(query()) == 0;
        empty.setVisible(none);
        entries.setVisible(!none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-log.title") + " · Tremplin";
    }
}

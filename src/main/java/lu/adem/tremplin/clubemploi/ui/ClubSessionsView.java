package lu.adem.tremplin.clubemploi.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.clubemploi.Club;
import lu.adem.tremplin.clubemploi.ClubsEmploi;
import lu.adem.tremplin.shared.Roles;

/** The clubs emploi's supported sessions of the next weeks: seats, booked, free. */
@Route("clubs")
@Menu(order = 2.5, title = "nav.clubs", icon = "vaadin:office")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
public class ClubSessionsView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 21;

    final Select<Club> club = new Select<>();
    final Grid<ClubsEmploi.Session> sessions = new Grid<>();
    final Paragraph summary = new Paragraph();

    ClubSessionsView(ClubsEmploi clubs, Clock clock) {
        setSizeFull();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale());
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());

        club.setLabel(getTranslation("clubs.club"));
        club.setItems(clubs.clubs());
        club.setItemLabelGenerator(Club::name);
        club.setId("clubs-club");
        club.setWidth("24rem");

        sessions.setId("clubs-sessions");
        sessions.setAriaLabel(getTranslation("clubs.title"));
        sessions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        sessions.addColumn(session -> day.format(session.startsAt()))
                .setHeader(getTranslation("clubs.column.day"))
                .setAutoWidth(true);
        sessions.addColumn(session -> time.format(session.startsAt()))
                .setHeader(getTranslation("clubs.column.time"))
                .setAutoWidth(true);
        sessions.addColumn(ClubsEmploi.Session::seats)
                .setHeader(getTranslation("clubs.column.seats"))
                .setAutoWidth(true);
        sessions.addColumn(ClubsEmploi.Session::booked)
                .setHeader(getTranslation("clubs.column.booked"))
                .setAutoWidth(true);
        sessions.addComponentColumn(session -> {
                    Span free = new Span(
                            session.free() == 0 ? getTranslation("clubs.full") : String.valueOf(session.free()));
                    free.getElement().getThemeList().add(session.free() == 0 ? "badge error" : "badge success");
                    return free;
                })
                .setHeader(getTranslation("clubs.column.free"))
                .setAutoWidth(true);

        club.addValueChangeListener(change -> {
            var list = clubs.sessions(change.getValue(), LocalDate.now(clock), DAYS);
            sessions.setItems(list);
            summary.setText(getTranslation(
                    "clubs.summary",
                    list.size(),
                    list.stream().mapToInt(ClubsEmploi.Session::free).sum(),
                    DAYS));
        });
        add(new H2(getTranslation("clubs.title")), club, summary, sessions);
        clubs.clubs().stream().findFirst().ifPresent(club::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clubs.title") + " · Tremplin";
    }
}

package lu.adem.tremplin.clubemploi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.clubemploi.ClubsEmploi;
import lu.adem.tremplin.support.KaribuViewTest;

class ClubSessionsViewTests extends KaribuViewTest {

    @Test
    void shouldShowTheSeatsLeftInEachSessionOfTheNextWeeks() {
        ClubsEmploi clubs = context.getBean(ClubsEmploi.class);
        var esch = clubs.club("ESCH_SUR_ALZETTE").orElseThrow();
        LocalDate monday = LocalDate.now().plusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var booked = clubs.bookSessions(
                        esch.code(),
                        data.jobseeker(lu.adem.tremplin.shared.Agency.ESCH_SUR_ALZETTE),
                        1,
                        monday.atTime(14, 0))
                .get(0);
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.ESCH_SUR_ALZETTE));

        UI.getCurrent().navigate("clubs");
        ClubSessionsView view = _get(ClubSessionsView.class);
        view.club.setValue(esch);

        var sessions = view.sessions.getListDataView().getItems().toList();
        assertThat(sessions)
                .hasSizeGreaterThanOrEqualTo(2 * 10)
                .allSatisfy(session -> assertThat(session.seats()).isEqualTo(8));
        assertThat(sessions)
                .filteredOn(session -> session.startsAt().equals(booked.startsAt()))
                .singleElement()
                .satisfies(session -> assertThat(session.free())
                        .isEqualTo(8 - session.booked())
                        .isLessThan(8));
        assertThat(view.summary.getText()).contains("next 21 days");
    }

    @Test
    void shouldNotOpenToAProcessOwner() {
        signIn(data.processOwner());

        assertThatThrownBy(() -> UI.getCurrent().navigate("clubs")).hasMessageContaining("Access is denied");
    }
}

package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;

import lu.adem.tremplin.inbox.caseload.CaseloadFlag;
import lu.adem.tremplin.inbox.caseload.CaseloadLine;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/** My caseload on screen: in French, English and German, filtered, empty, for counsellors only, and on the demo data. */
class CaseloadViewTests extends KaribuViewTest {

    private final List<String> started = new java.util.ArrayList<>();

    /** Back to real time, and this test's cases deleted: other views' tests of the shared context never see them. */
    @AfterEach
    void realTimeAndNoCaseLeft() {
        ClockUtil.reset();
        RuntimeService runtime = context.getBean(RuntimeService.class);
        data.asTremplin(() -> {
            started.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
            return null;
        });
    }

    /** A jobseeker of Wiltz, referent {@code counsellor}, whose onboarding started 15 days ago and waits since. */
    private String quietJobseeker(String counsellor, String lastName) {
        String number = TestData.registrationNumber();
        data.register(new Jobseeker(
                null,
                number,
                "Test",
                lastName,
                Agency.WILTZ,
                counsellor,
                EnumSet.of(Language.FR),
                null,
                null,
                null,
                null));
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(15))));
        try {
            started.add(data.asTremplin(() -> context.getBean(RuntimeService.class)
                    .createProcessInstanceByKey(OnboardingProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of(CaseVariables.JOBSEEKER_ID, number, CaseVariables.AGENCY, "wiltz"))
                    .startBeforeActivity(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                    .execute()
                    .getId()));
        } finally {
            ClockUtil.reset();
        }
        return number;
    }

    private CaseloadView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("caseload");
        return _get(CaseloadView.class);
    }

    private static List<CaseloadLine> shown(CaseloadView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Mon portefeuille|Proposer le programme|Aucun progrès depuis 14 jours|1 demandeur d’emploi",
                "en|My caseload|Propose the programme|No progress for 14 days|1 jobseeker",
                "de|Meine Fälle|Programm vorschlagen|Seit 14 Tagen kein Fortschritt|1 arbeitsuchende Person"
            })
    void shouldListMyJobseekersWithStepsAndFlagsInTheUsersLanguage(
            String language, String title, String step, String flag, String count) {
        String counsellor = data.counsellor(Agency.WILTZ);
        String number = quietJobseeker(counsellor, "Caseload" + language);
        signIn(counsellor);

        CaseloadView view = open(Locale.forLanguageTag(language));

        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(view.grid.getAriaLabel()).hasValue(title);
        assertThat(view.count.getText()).isEqualTo(count);
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(shown(view)).singleElement().satisfies(line -> {
            assertThat(line.registrationNumber()).isEqualTo(number);
            assertThat(line.currentSteps()).containsExactly(step);
            assertThat(line.flags()).containsExactly(CaseloadFlag.NO_PROGRESS);
        });
        assertThat(GridKt._getFormatted(view.grid, 0, "flags")).isEqualTo(flag);
        RouterLink link = (RouterLink) GridKt._getCellComponent(view.grid, 0, "jobseeker");
        assertThat(link.getHref()).isEqualTo("jobseeker/" + number);
        assertThat(link.getText()).isEqualTo("Test Caseload" + language + " · " + number);
    }

    @Test
    void shouldFilterByFlagAndSearchAndSayWhenNothingMatches() {
        String counsellor = data.counsellor(Agency.WILTZ);
        String quiet = quietJobseeker(counsellor, "Quiet");
        String idle = TestData.registrationNumber();
        data.register(new Jobseeker(
                null, idle, "Test", "Idle", Agency.WILTZ, counsellor, EnumSet.of(Language.FR), null, null, null, null));
        signIn(counsellor);
        CaseloadView view = open(Locale.ENGLISH);
        assertThat(shown(view)).extracting(CaseloadLine::registrationNumber).containsExactly(idle, quiet);

        view.flag.setValue(CaseloadFlag.NO_PROGRESS);
        assertThat(shown(view)).extracting(CaseloadLine::registrationNumber).containsExactly(quiet);

        view.flag.setValue(CaseloadFlag.LINK_EXPIRED);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No jobseeker of your caseload matches this search or flag.");

        view.flag.clear();
        view.search.setValue("idle");
        assertThat(shown(view)).extracting(CaseloadLine::registrationNumber).containsExactly(idle);
        assertThat(view.count.getText()).isEqualTo("1 jobseeker");
    }

    @Test
    void shouldSayWhenNoJobseekerHasMeAsReferent() {
        signIn(data.counsellor(Agency.WILTZ));

        CaseloadView view = open(Locale.GERMAN);

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Noch keine arbeitsuchende Person hat Sie");
        assertThat(view.count.getText()).isEqualTo("Keine Arbeitsuchenden");
        assertThat(_find(com.vaadin.flow.component.details.Details.class)).hasSize(1);
    }

    @Test
    void shouldListTheDemoCounsellorsJobseekersOnTheDemoData() {
        signIn("counsellor2");

        CaseloadView view = open(Locale.ENGLISH);

        List<CaseloadLine> lines = shown(view);
        assertThat(lines).isNotEmpty();
        Jobseekers jobseekers = context.getBean(Jobseekers.class);
        assertThat(lines)
                .allSatisfy(line -> assertThat(jobseekers.find(line.registrationNumber()))
                        .hasValueSatisfying(person -> {
                            assertThat(person.referentCounsellor()).isEqualTo("counsellor2");
                            assertThat(person.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE);
                        }));
        assertThat(lines).anySatisfy(line -> assertThat(line.currentSteps()).isNotEmpty());
    }

    @Test
    void shouldBeForCounsellorsOnly() {
        signIn(data.supervisor());

        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseloadView.class)).hasMessageContaining("Access is denied");
    }
}

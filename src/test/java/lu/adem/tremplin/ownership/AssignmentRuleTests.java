package lu.adem.tremplin.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.ownership.AssignmentRule.Decision;
import lu.adem.tremplin.ownership.AssignmentRule.Reason;
import lu.adem.tremplin.shared.Agency;

/** The rule itself, every branch, without an engine (the process tests run it inside one). */
class AssignmentRuleTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 8);

    /** What the rule is told, as the test declares it. */
    static final class Told implements AssignmentRule.Facts {
        String referent;
        String completer;
        final Map<String, Agency> agencyOf = new HashMap<>();
        final Map<String, String> coverOf = new HashMap<>();

        @Override
        public Optional<String> referentOf(String caseKey) {
            return Optional.ofNullable(referent);
        }

        @Override
        public Optional<String> previousCompleterOf(String caseKey) {
            return Optional.ofNullable(completer);
        }

        @Override
        public boolean mayWork(String userId, Agency agency) {
            return agency == agencyOf.get(userId);
        }

        @Override
        public Optional<String> coverOf(String userId, LocalDate day) {
            return day.equals(TODAY) ? Optional.ofNullable(coverOf.get(userId)) : Optional.empty();
        }
    }

    private static Decision decide(Told told) {
        return AssignmentRule.decide(Agency.LUXEMBOURG, "DE-2026-000001", TODAY, told);
    }

    @Test
    void shouldPreferTheReferentToThePreviousCompleter() {
        Told told = new Told();
        told.referent = "claire";
        told.completer = "marc";
        told.agencyOf.putAll(Map.of("claire", Agency.LUXEMBOURG, "marc", Agency.LUXEMBOURG));
        assertThat(decide(told)).isEqualTo(new Decision("claire", null, Reason.REFERENT));
    }

    @Test
    void shouldFallBackToThePreviousCompleterWhenTheReferentMayNotWorkTheTask() {
        Told told = new Told();
        told.referent = "eschref";
        told.completer = "marc";
        told.agencyOf.putAll(Map.of("eschref", Agency.ESCH_SUR_ALZETTE, "marc", Agency.LUXEMBOURG));
        assertThat(decide(told)).isEqualTo(new Decision("marc", null, Reason.PREVIOUS_COMPLETER));
    }

    @Test
    void shouldLeaveTheTaskWithTheAgencyWhenNobodyOfTheAgencyIsKnown() {
        Told told = new Told();
        told.referent = "  ";
        told.completer = "eschref";
        told.agencyOf.put("eschref", Agency.ESCH_SUR_ALZETTE);
        assertThat(decide(told).assigned()).isFalse();
        assertThat(AssignmentRule.decide(Agency.LUXEMBOURG, null, TODAY, told).assigned())
                .as("a case without a jobseeker's number")
                .isFalse();
        assertThat(AssignmentRule.decide(null, "DE-2026-000001", TODAY, told).assigned())
                .as("a task of no single agency")
                .isFalse();
    }

    @Test
    void shouldGiveAnAbsentCounsellorsTaskToTheColleagueForThem() {
        Told told = new Told();
        told.referent = "claire";
        told.agencyOf.putAll(Map.of("claire", Agency.LUXEMBOURG, "sophie", Agency.LUXEMBOURG));
        told.coverOf.put("claire", "sophie");
        assertThat(decide(told)).isEqualTo(new Decision("sophie", "claire", Reason.REFERENT));
    }

    @Test
    void shouldLeaveTheTaskWithTheAgencyWhenTheCoverIsAbsentTooOrOfAnotherAgency() {
        for (Set<String> setting : Set.of(Set.of("cover absent"), Set.of("cover elsewhere"))) {
            Told told = new Told();
            told.referent = "claire";
            told.agencyOf.putAll(Map.of("claire", Agency.LUXEMBOURG, "sophie", Agency.LUXEMBOURG));
            told.coverOf.put("claire", "sophie");
            if (setting.contains("cover absent")) {
                told.coverOf.put("sophie", "paul");
                told.agencyOf.put("paul", Agency.LUXEMBOURG);
            } else {
                told.agencyOf.put("sophie", Agency.DIEKIRCH);
            }
            assertThat(decide(told)).as(setting.toString()).isEqualTo(new Decision(null, null, Reason.AGENCY));
        }
    }
}

package lu.adem.tremplin.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.Course.CourseLanguage;
import lu.adem.tremplin.catalogue.Course.Difficulty;
import lu.adem.tremplin.catalogue.Vocabulary;

/** Concrete rankings on a small catalogue, worked out by hand from the points in {@link Ranking}. */
class RankingTests {

    static final Set<String> SECRETARY = Set.of("spreadsheets", "word-processing", "email");

    static Course course(
            String id,
            String title,
            CourseLanguage language,
            Difficulty level,
            int hours,
            boolean retired,
            String... skills) {
        return new Course(
                id,
                title,
                language,
                level,
                hours,
                "office",
                new LinkedHashSet<>(List.of(skills)),
                List.of(),
                "https://openclassrooms.com/fr/courses/" + id,
                retired);
    }

    static final Course EXCEL = course(
            "A", "Maîtrisez les bases d'Excel", CourseLanguage.FR, Difficulty.BEGINNER, 6, false, "spreadsheets");
    static final Course OFFICE = course(
            "B",
            "Word et Excel au quotidien",
            CourseLanguage.FR,
            Difficulty.INTERMEDIATE,
            12,
            false,
            "spreadsheets",
            "word-processing");
    static final Course EXCEL_EN =
            course("C", "Excel essentials", CourseLanguage.EN, Difficulty.BEGINNER, 4, false, "spreadsheets");
    static final Course VBA = course(
            "D",
            "Automatisez Excel avec VBA",
            CourseLanguage.FR,
            Difficulty.ADVANCED,
            30,
            false,
            "spreadsheets",
            "email",
            "word-processing");
    static final Course HTML =
            course("E", "Créez votre site avec HTML", CourseLanguage.FR, Difficulty.BEGINNER, 3, false, "html-css");
    static final Course MAIL =
            course("F", "Apprenez à écrire un e-mail", CourseLanguage.FR, Difficulty.BEGINNER, 6, false, "email");
    static final Course MAIL_ES =
            course("G", "Aprende el correo electrónico", CourseLanguage.ES, Difficulty.BEGINNER, 2, false, "email");
    static final Course WORD_OLD =
            course("H", "Word 2007", CourseLanguage.FR, Difficulty.BEGINNER, 5, true, "word-processing");
    static final List<Course> CATALOGUE = List.of(EXCEL, OFFICE, EXCEL_EN, VBA, HTML, MAIL, MAIL_ES, WORD_OLD);

    private static List<String> order(Profile profile, Set<String> skills) {
        return Ranking.rank(profile, skills, CATALOGUE).stream()
                .map(s -> s.course().platformId() + "=" + s.score())
                .toList();
    }

    @Test
    void shouldFavourBeginnerCoursesForAGuidedStart() {
        // B 40+40-10+10, F 40+20+10, A 40+20+10 (tie: "Apprenez…" before "Maîtrisez…"), E 0+20+10, D 80-40-20
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.FR), "M1607", "GUIDED_START", 1), SECRETARY))
                .containsExactly("B=80", "F=70", "A=70", "E=30", "D=20");
    }

    @Test
    void shouldLetAnAutonomousLearnerTakeHarderCourses() {
        // B 80+10+10, F 40+10+10, A 40+10+10, D 80-5-20, E 0+10+10
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.FR), "M1607", "AUTONOMOUS", 1), SECRETARY))
                .containsExactly("B=100", "F=60", "A=60", "D=55", "E=20");
    }

    @Test
    void shouldOfferCoursesInEveryLanguageTheJobseekerFollowsAndNoOther() {
        // with English: C 40+20+10 ties with F and A, and is shorter (4 h)
        assertThat(order(
                        new Profile(EnumSet.of(CourseLanguage.FR, CourseLanguage.EN), "M1607", "BASIC_TRAINING", 1),
                        SECRETARY))
                .containsExactly("B=80", "C=70", "F=70", "A=70", "E=30", "D=20");
        // Spanish only: the Spanish course alone
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.ES), "M1607", "AUTONOMOUS", 1), SECRETARY))
                .containsExactly("G=60");
    }

    @Test
    void shouldFallBackToFrenchForLanguagesWithoutCourses() {
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.LB), "M1607", "AUTONOMOUS", 1), SECRETARY))
                .startsWith("B=100")
                .doesNotContain("C=70", "G=60");
    }

    @Test
    void shouldPenaliseLongCoursesForSomeoneWithLittleTime() {
        // under 2 h a week: four weeks = 6 h; B (12 h) is within eight weeks, D (30 h) beyond
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.FR), "M1607", "AUTONOMOUS", 0), SECRETARY))
                .containsExactly("B=90", "F=60", "A=60", "D=55", "E=20");
    }

    @Test
    void shouldSuggestJobSearchBasicsWithoutATargetOccupation() {
        assertThat(order(new Profile(EnumSet.of(CourseLanguage.FR), null, "GUIDED_START", 1), Set.of()))
                .containsExactly("F=55", "E=30", "A=30", "B=0", "D=-35");
    }

    @Test
    void shouldSayWhyInPlainWords() {
        var suggestion = Ranking.rank(
                        new Profile(EnumSet.of(CourseLanguage.FR), "M1607", "GUIDED_START", 1),
                        SECRETARY,
                        List.of(EXCEL))
                .get(0);
        var recommendation = new Recommendation(null, null, new Vocabulary(), null);

        assertThat(recommendation.describe(suggestion, Locale.ENGLISH))
                .isEqualTo("teaches spreadsheets, needed for ROME M1607; in French; beginner; 6 h");
        assertThat(recommendation.describe(suggestion, Locale.FRENCH))
                .isEqualTo("enseigne : tableurs, utile pour le ROME M1607; en français; débutant; 6 h");
    }
}

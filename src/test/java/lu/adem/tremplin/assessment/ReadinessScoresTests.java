package lu.adem.tremplin.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.support.Questionnaire;

class ReadinessScoresTests {

    @Test
    void shouldAddUpAccessSkillsAndConditionsAsTheQuestionnaireSays() {
        ReadinessScores scores =
                ReadinessScores.of(ReadinessAnswers.from(Questionnaire.answers(3, 2, 1, 2, 2, 3, 1, 0, 2, 1, 0, 3)));

        assertThat(scores).isEqualTo(new ReadinessScores(2, 6, 8, 3, 3));
    }

    @Test
    void shouldReachEachScalesEnds() {
        assertThat(ReadinessScores.of(ReadinessAnswers.from(Questionnaire.answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))))
                .isEqualTo(new ReadinessScores(0, 0, 0, 0, 1));
        assertThat(ReadinessScores.of(ReadinessAnswers.from(Questionnaire.answers(3, 2, 2, 3, 3, 3, 3, 3, 2, 2, 2, 4))))
                .isEqualTo(new ReadinessScores(2, 7, 15, 6, 4));
    }

    @Test
    void shouldReadAnswersThatAFormSendsAsTextOrLongs() {
        Map<String, Object> answers = Questionnaire.answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2);
        answers.put("a1", "3");
        answers.put("s1", 2L);
        answers.put("x1", true);
        answers.put("x2", "true");

        ReadinessAnswers read = ReadinessAnswers.from(answers);

        assertThat(read.a1()).isEqualTo(3);
        assertThat(read.s1()).isEqualTo(2);
        assertThat(read.x1()).isTrue();
        assertThat(read.x2()).isTrue();
    }

    @Test
    void shouldNameEveryMissingOrOutOfRangeAnswer() {
        Map<String, Object> answers = Questionnaire.answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2);
        answers.remove("s3");
        answers.put("a1", 4);
        answers.put("m1", 0);
        answers.put("l2", "lots");

        assertThatThrownBy(() -> ReadinessScores.of(ReadinessAnswers.from(answers)))
                .isInstanceOf(ReadinessAnswers.IncompleteAnswers.class)
                .satisfies(e -> assertThat(((ReadinessAnswers.IncompleteAnswers) e).problems())
                        .containsExactly(
                                "A1 must be 0–3, was 4",
                                "S3 missing",
                                "L2 must be 0–2, was " + Integer.MIN_VALUE,
                                "M1 must be 1–4, was 0"));
    }
}

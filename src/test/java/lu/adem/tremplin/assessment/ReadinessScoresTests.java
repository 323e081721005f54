package lu.adem.tremplin.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReadinessScoresTests {

    static Map<String, Object> answers(int a1, int a2, int a3, int s1, int s2, int s3, int s4, int s5, int l1, int l2,
            int l3, int m1) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("a1", a1);
        answers.put("a2", a2);
        answers.put("a3", a3);
        answers.put("s1", s1);
        answers.put("s2", s2);
        answers.put("s3", s3);
        answers.put("s4", s4);
        answers.put("s5", s5);
        answers.put("l1", l1);
        answers.put("l2", l2);
        answers.put("l3", l3);
        answers.put("m1", m1);
        return answers;
    }

    @Test
    void shouldAddUpAccessSkillsAndConditionsAsTheQuestionnaireSays() {
        ReadinessScores scores = ReadinessScores.of(ReadinessAnswers.from(answers(3, 2, 1, 2, 2, 3, 1, 0, 2, 1, 0, 3)));

        assertThat(scores).isEqualTo(new ReadinessScores(2, 6, 8, 3, 3));
    }

    @Test
    void shouldReachEachScalesEnds() {
        assertThat(ReadinessScores.of(ReadinessAnswers.from(answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))))
                .isEqualTo(new ReadinessScores(0, 0, 0, 0, 1));
        assertThat(ReadinessScores.of(ReadinessAnswers.from(answers(3, 2, 2, 3, 3, 3, 3, 3, 2, 2, 2, 4))))
                .isEqualTo(new ReadinessScores(2, 7, 15, 6, 4));
    }

    @Test
    void shouldReadAnswersThatAFormSendsAsTextOrLongs() {
        Map<String, Object> answers = answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2);
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
        Map<String, Object> answers = answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2);
        answers.remove("s3");
        answers.put("a1", 4);
        answers.put("m1", 0);
        answers.put("l2", "lots");

        assertThatThrownBy(() -> ReadinessScores.of(ReadinessAnswers.from(answers)))
                .isInstanceOf(ReadinessAnswers.IncompleteAnswers.class)
                .satisfies(e -> assertThat(((ReadinessAnswers.IncompleteAnswers) e).problems()).containsExactly(
                        "A1 must be 0–3, was 4", "S3 missing", "L2 must be 0–2, was " + Integer.MIN_VALUE,
                        "M1 must be 1–4, was 0"));
    }
}

package lu.adem.tremplin.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.assessment.ReadinessAnswers;
import lu.adem.tremplin.assessment.ReadinessScores;

/** Service task "Score the answers": questionnaire variables in, the decision table's scores out. */
@Component("scoreReadinessAnswers")
public class ScoreReadinessAnswers implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ReadinessScores scores = ReadinessScores.of(ReadinessAnswers.from(execution.getVariables()));
        execution.setVariables(scores.asVariables());
    }
}

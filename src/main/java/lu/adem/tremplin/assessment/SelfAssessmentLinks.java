package lu.adem.tremplin.assessment;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lu.adem.tremplin.shared.CaseLinkTable;

/** The personal self-assessment links ({@code self_assessment_link}), each for an assessment waiting for the answers. */
@Repository
class SelfAssessmentLinks extends CaseLinkTable {

    SelfAssessmentLinks(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "self_assessment_link");
    }

    /** Marks the link used if it is still unused and unexpired; false if another request was first. */
    boolean use(String token) {
        return markUsed(token, null, null);
    }
}

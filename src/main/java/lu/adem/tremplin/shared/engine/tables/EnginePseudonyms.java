package lu.adem.tremplin.shared.engine.tables;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces a registration number by its pseudonym in every engine table that can hold it, and empties the
 * comments of the jobseeker's cases (free text). Camunda has no API that rewrites history, so this is SQL,
 * tested on H2 and PostgreSQL ({@code EngineHistoryContract}). Runs in the caller's transaction.
 *
 * <p>Registration numbers are letters, digits and dashes, so a plain {@code like} finds them inside longer
 * texts (an incident message, a follow-up's case key).
 */
@Component
class EnginePseudonyms {

    /** Every text column of the engine's tables that a business key, a variable or a message can fill. */
    static final List<String> TEXT_COLUMNS = List.of(
            "ACT_HI_PROCINST.BUSINESS_KEY_",
            "ACT_RU_EXECUTION.BUSINESS_KEY_",
            "ACT_HI_CASEINST.BUSINESS_KEY_",
            "ACT_RU_CASE_EXECUTION.BUSINESS_KEY_",
            "ACT_HI_VARINST.TEXT_",
            "ACT_HI_VARINST.TEXT2_",
            "ACT_RU_VARIABLE.TEXT_",
            "ACT_RU_VARIABLE.TEXT2_",
            "ACT_HI_DETAIL.TEXT_",
            "ACT_HI_DETAIL.TEXT2_",
            "ACT_HI_DEC_IN.TEXT_",
            "ACT_HI_DEC_IN.TEXT2_",
            "ACT_HI_DEC_OUT.TEXT_",
            "ACT_HI_DEC_OUT.TEXT2_",
            "ACT_HI_OP_LOG.ORG_VALUE_",
            "ACT_HI_OP_LOG.NEW_VALUE_",
            "ACT_HI_INCIDENT.INCIDENT_MSG_",
            "ACT_RU_INCIDENT.INCIDENT_MSG_",
            "ACT_HI_JOB_LOG.JOB_EXCEPTION_MSG_",
            "ACT_RU_JOB.EXCEPTION_MSG_",
            "ACT_HI_EXT_TASK_LOG.ERROR_MSG_",
            "ACT_RU_EXT_TASK.ERROR_MSG_",
            "ACT_HI_COMMENT.MESSAGE_",
            "ACT_HI_PROCINST.DELETE_REASON_",
            "ACT_HI_TASKINST.DELETE_REASON_",
            "ACT_HI_TASKINST.NAME_",
            "ACT_HI_TASKINST.DESCRIPTION_",
            "ACT_RU_TASK.NAME_",
            "ACT_RU_TASK.DESCRIPTION_");

    private final JdbcClient jdbc;

    EnginePseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String registrationNumber, String pseudonym) {
        emptyComments(registrationNumber);
        for (String column : TEXT_COLUMNS) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            jdbc.sql("update %s set %s = replace(%s, :number, :pseudonym) where %s like :within"
                            .formatted(table, name, name, name))
                    .param("number", registrationNumber)
                    .param("pseudonym", pseudonym)
                    .param("within", "%" + registrationNumber + "%")
                    .update();
        }
    }

    /** Comments are free text: whatever a counsellor wrote about the jobseeker goes, who and when stay. */
    private void emptyComments(String registrationNumber) {
        jdbc.sql("""
                update ACT_HI_COMMENT set MESSAGE_ = '', FULL_MSG_ = null
                where PROC_INST_ID_ in (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :number)
                   or PROC_INST_ID_ in (select PROC_INST_ID_ from ACT_HI_VARINST
                                        where NAME_ = :variable and TEXT_ = :number)
                   or TASK_ID_ in (select t.ID_ from ACT_HI_TASKINST t join ACT_HI_PROCINST p
                                   on p.ID_ = t.PROC_INST_ID_ where p.BUSINESS_KEY_ = :number)""")
                .param("number", registrationNumber)
                .param("variable", lu.adem.tremplin.shared.CaseVariables.JOBSEEKER_ID)
                .update();
    }
}

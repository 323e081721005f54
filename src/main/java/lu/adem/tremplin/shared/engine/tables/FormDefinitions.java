package lu.adem.tremplin.shared.engine.tables;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Forms ({@code ACT_RE_CAMFORMDEF}), for the workbench's list of versions and its
 * deployment checks (a user task's {@code camunda:formRef} must name a deployed form).
 * <p>
 * Camunda 7.24 has no public API for this: {@code RepositoryService} queries process, decision and case
 * definitions but not form definitions ({@code CamundaFormDefinition} has no query), and
 * {@code FormService} only returns the form of one task or start event. Read-only; the form's content is
 * read through {@code RepositoryService.getResourceAsStream} with the deployment and resource named here.
 */
@Component
public class FormDefinitions {

    /** One deployed version of a form: its key is the form's {@code id}. */
    public record FormDefinition(String id, String key, int version, String deploymentId, String resourceName) {}

    private final JdbcClient jdbc;

    FormDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every deployed version of every form. */
    public List<FormDefinition> all() {
        return jdbc.sql("select ID_, KEY_, VERSION_, DEPLOYMENT_ID_, RESOURCE_NAME_ from ACT_RE_CAMFORMDEF")
                .query((rs, row) -> new FormDefinition(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The latest version of the form with this key, if one is deployed. */
    public Optional<FormDefinition> latest(String key) {
        return jdbc.sql(
                        "select ID_, KEY_, VERSION_, DEPLOYMENT_ID_, RESOURCE_NAME_ from ACT_RE_CAMFORMDEF where KEY_ = :key"
                                + " order by VERSION_ desc fetch first 1 rows only")
                .param("key", key)
                .query((rs, row) -> new FormDefinition(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .optional();
    }
}

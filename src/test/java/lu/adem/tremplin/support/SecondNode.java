package lu.adem.tremplin.support;

import java.util.HashMap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import lu.adem.tremplin.TremplinApplication;

/**
 * A second Tremplin node in the test's JVM, on the same PostgreSQL database as the test's own application
 * context (how Tremplin scales out: several instances on one database). Camunda's webapps keep JVM-wide
 * state, so the second node runs without them, under an engine name of its own. The first node is started with
 * {@link LocalPostgres#freshApplication}.
 */
public final class SecondNode {

    private SecondNode() {}

    /** Starts node B on the database of the first node (whose environment is given). */
    public static ConfigurableApplicationContext start(Environment first) {
        return new SpringApplicationBuilder(TremplinApplication.class)
                .profiles("postgres")
                .properties(new HashMap<String, Object>(LocalPostgres.APPLICATION))
                .properties(
                        "TREMPLIN_DB_URL=" + first.getProperty("TREMPLIN_DB_URL"),
                        "TREMPLIN_DB_USER=" + first.getProperty("TREMPLIN_DB_USER"),
                        "TREMPLIN_DB_PASSWORD=" + first.getProperty("TREMPLIN_DB_PASSWORD"),
                        "camunda.bpm.process-engine-name=node-b",
                        "camunda.bpm.webapp.enabled=false",
                        "server.port=0")
                .run();
    }
}

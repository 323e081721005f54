package lu.adem.tremplin.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import lu.adem.tremplin.TremplinApplication;

/**
 * A second Tremplin node in the test's JVM, on the same PostgreSQL database as the test's own application
 * context (how Tremplin scales out: several instances on one database). Camunda's webapps keep JVM-wide
 * state, so the second node runs without them, under an engine name of its own.
 */
public final class SecondNode {

    private SecondNode() {}

    /** The properties both nodes of a two-node test need besides the database. */
    public static Map<String, String> properties() {
        return Map.of(
                "camunda.bpm.job-execution.enabled", "false",
                "TREMPLIN_PLATFORM_MODE", "simulator",
                "TREMPLIN_PUBLIC_URL", "https://tremplin.example.lu");
    }

    /** Starts node B on the database of the first node (whose environment is given). */
    public static ConfigurableApplicationContext start(Environment first) {
        return new SpringApplicationBuilder(TremplinApplication.class)
                .profiles("postgres")
                .properties(new HashMap<String, Object>(properties()))
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

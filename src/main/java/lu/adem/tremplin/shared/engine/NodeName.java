package lu.adem.tremplin.shared.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's name as the job executor writes it into each job it locks (the job's lock owner), so that
 * an operator sees which node holds which job, and which jobs a dead node left locked: {@code tremplin.node-name}
 * ({@code TREMPLIN_NODE_NAME}), by default the host name and process id. Camunda's default is a random UUID
 * per start, which says nothing. Two nodes must never share a name.
 */
@Component
class NodeName extends AbstractProcessEnginePlugin {

    private final String name;

    NodeName(@Value("${tremplin.node-name:}") String configured) {
        this.name = configured.isBlank() ? hostAndPid() : configured;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(name);
        }
    }

    String name() {
        return name;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}

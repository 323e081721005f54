package lu.adem.tremplin.shared.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.rest.dto.runtime.ProcessInstanceDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import lu.adem.tremplin.shared.CaseAlreadyRunning;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The engine REST API's answer to a start refused by {@link OneRunningCase} (docs/adr/0022): a client
 * that retries a start after losing the response gets what the first start answered, a 200 with the
 * running case in the shape of a start's answer (id, definitionId, businessKey, ended, suspended,
 * links), plus the header {@value #HEADER}. Jersey picks the exception mapper nearest the exception's
 * type, so this one wins over Camunda's mappers of {@code Exception} and {@code ProcessEngineException}.
 */
@Configuration(proxyBeanMethods = false)
class AlreadyRunningAnswer {

    static final String HEADER = "Tremplin-Already-Done";

    @Bean
    ResourceConfigCustomizer alreadyRunningMapper(
            RuntimeService runtimeService, EngineAsSystem asSystem, JdbcClient jdbc) {
        return config -> config.register(new Mapper(runtimeService, asSystem, jdbc));
    }

    static class Mapper implements ExceptionMapper<CaseAlreadyRunning> {

        private final RuntimeService runtimeService;
        private final EngineAsSystem asSystem;
        private final JdbcClient jdbc;

        @Context
        private UriInfo uriInfo;

        Mapper(RuntimeService runtimeService, EngineAsSystem asSystem, JdbcClient jdbc) {
            this.runtimeService = runtimeService;
            this.asSystem = asSystem;
            this.jdbc = jdbc;
        }

        @Override
        public Response toResponse(CaseAlreadyRunning alreadyRunning) {
            // the refused start's transaction may have read the running case's id; else the key's row has it
            String id = alreadyRunning.runningInstanceId() != null
                    ? alreadyRunning.runningInstanceId()
                    : jdbc.sql("select process_instance_id from running_case where process_key = :key"
                                    + " and business_key = :caseKey")
                            .param("key", alreadyRunning.processKey())
                            .param("caseKey", alreadyRunning.businessKey())
                            .query(String.class)
                            .optional()
                            .orElse(null);
            ProcessInstance running = asSystem.call(() -> {
                var query =
                        runtimeService.createProcessInstanceQuery().processDefinitionKey(alreadyRunning.processKey());
                return (id != null
                                ? query.processInstanceId(id)
                                : query.processInstanceBusinessKey(alreadyRunning.businessKey()))
                        .list().stream().findFirst().orElse(null);
            });
            if (running == null) {
                // it ended between the refusal and this answer: the client may start again
                return Response.status(Response.Status.CONFLICT)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(java.util.Map.of("type", "CaseAlreadyRunning", "message", alreadyRunning.getMessage()))
                        .build();
            }
            ProcessInstanceDto answer = ProcessInstanceDto.fromProcessInstance(running);
            answer.addReflexiveLink(
                    uriInfo.getBaseUriBuilder()
                            .path("/process-instance")
                            .path(running.getId())
                            .build(),
                    "GET",
                    "self");
            return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE)
                    .header(HEADER, "true")
                    .build();
        }
    }
}

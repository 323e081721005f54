package lu.adem.tremplin.shared.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before it runs, any engine query that carries an expression in any of its branches. Camunda
 * 7.24 checks ad-hoc expressions only at the top level of a query, so a task query's
 * {@code orQueries[].assigneeExpression} ran (CVE-2026-109432, fixed only in Enterprise 7.24.14). This
 * holds for every path — engine REST, the webapps' API, Java — because every query runs as a command;
 * {@link RestrictedExpressionManager} refuses the evaluation itself as a second line.
 */
class QueryExpressionRefusal extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(QueryExpressionRefusal.class);

    private final java.util.function.Supplier<Authentication> authentication;

    QueryExpressionRefusal(java.util.function.Supplier<Authentication> authentication) {
        this.authentication = authentication;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            for (AbstractQuery<?, ?> branch : branches(query)) {
                Map<String, String> expressions = branch.getExpressions();
                if (expressions != null && !expressions.isEmpty()) {
                    Authentication user = authentication.get();
                    log.warn(
                            "Refused a {} with expressions {} (user {})",
                            query.getClass().getSimpleName(),
                            expressions.keySet(),
                            user == null ? "none" : user.getUserId());
                    throw new BadUserRequestException("Expressions are not accepted in queries (found in '"
                            + expressions.keySet().iterator().next() + "').");
                }
            }
        }
        return next.execute(command);
    }

    /** The query and each of its or-branches. */
    static List<AbstractQuery<?, ?>> branches(AbstractQuery<?, ?> query) {
        List<AbstractQuery<?, ?>> branches = new ArrayList<>(List.of(query));
        if (query instanceof TaskQueryImpl task) {
            branches.addAll(task.getQueries());
        } else if (query instanceof ProcessInstanceQueryImpl instances) {
            branches.addAll(instances.getQueries());
        } else if (query instanceof HistoricProcessInstanceQueryImpl instances) {
            branches.addAll(instances.getQueries());
        } else if (query instanceof HistoricTaskInstanceQueryImpl tasks) {
            branches.addAll(tasks.getQueries());
        }
        return branches;
    }
}

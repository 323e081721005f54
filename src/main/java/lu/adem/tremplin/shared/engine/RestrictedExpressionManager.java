package lu.adem.tremplin.shared.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;

import lu.adem.tremplin.shared.ProcessBeans;

/**
 * The engine's JUEL expressions as Tremplin allows them (replaces Camunda's
 * {@code SpringExpressionManager}, which resolves every bean of the application context):
 * <ul>
 * <li>names resolve to process variables, {@code execution}/{@code task}, and only the beans of
 * {@link ProcessBeans};</li>
 * <li>{@link RestrictedElResolver} refuses reflection, the runtime, threads and the engine's or
 * Spring's internals, whatever the path to them;</li>
 * <li>an expression evaluated without a variable scope — which in Camunda 7.24 happens only for
 * the expressions of task queries and filters, including the or-branches that CVE-2026-109432
 * lets through — is refused.</li>
 * </ul>
 * DMN's JUEL expressions use the same resolver (through {@link #toElProvider()}); FEEL runs without
 * Java functions (Camunda turns external functions off).
 */
class RestrictedExpressionManager extends JuelExpressionManager {

    private final ProcessBeans processBeans;

    RestrictedExpressionManager(ProcessBeans processBeans) {
        this.processBeans = processBeans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new VariableScopeElResolver());
        resolvers.add(new VariableContextElResolver());
        resolvers.add(new ProcessBeansElResolver(processBeans));
        resolvers.add(new ArrayELResolver());
        resolvers.add(new ListELResolver());
        resolvers.add(new MapELResolver());
        resolvers.add(new BeanELResolver());
        return new RestrictedElResolver(resolvers);
    }

    @Override
    public Expression createExpression(String expression) {
        ensureInitialized();
        return new ScopedExpression(createValueExpression(expression), this, expression);
    }

    /** An expression that refuses to run outside a process: query expressions never run. */
    static final class ScopedExpression extends JuelExpression {

        ScopedExpression(ValueExpression valueExpression, JuelExpressionManager manager, String text) {
            super(valueExpression, manager, text);
        }

        @Override
        public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
            if (variableScope == null) {
                throw new BadUserRequestException("Expressions are not accepted in queries: " + expressionText);
            }
            return super.getValue(variableScope, contextExecution);
        }
    }
}

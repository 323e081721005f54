package lu.adem.tremplin.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The Spring beans that BPMN expressions may name, and no others: Tremplin's delegates and listeners,
 * that is beans of a {@code lu.adem.tremplin.<module>.process} package implementing
 * {@link JavaDelegate}, {@link TaskListener} or {@link ExecutionListener}. The engine's expression
 * resolver hands out only these, and every deployment path refuses a diagram naming another bean
 * (docs/security.md): an expression never reaches {@code identityService}, a data source or the
 * application context.
 */
@Component
public class ProcessBeans {

    private static final String PROCESS_PACKAGE = "^lu\\.adem\\.tremplin\\.[a-z]+\\.process$";

    private final ListableBeanFactory beans;
    private volatile Set<String> names;

    public ProcessBeans(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** Whether a BPMN expression may name this bean. */
    public boolean allows(String name) {
        return name != null && names().contains(name);
    }

    /** The bean, when an expression may name it. */
    public Optional<Object> get(String name) {
        return allows(name) ? Optional.of(beans.getBean(name)) : Optional.empty();
    }

    /** The names of every bean an expression may name, sorted. */
    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = find();
            names = known;
        }
        return known;
    }

    private Set<String> find() {
        Set<String> found = new TreeSet<>();
        Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)
                // no eager initialisation: the engine asks before every bean exists
                .flatMap(type -> Arrays.stream(beans.getBeanNamesForType(type, false, false)))
                .filter(name -> {
                    Class<?> type = beans.getType(name, false);
                    return type != null && type.getPackageName().matches(PROCESS_PACKAGE);
                })
                .forEach(found::add);
        return Set.copyOf(found);
    }
}

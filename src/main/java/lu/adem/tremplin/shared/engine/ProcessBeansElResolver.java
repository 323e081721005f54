package lu.adem.tremplin.shared.engine;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import lu.adem.tremplin.shared.ProcessBeans;

/** Resolves a top-level name to a bean of {@link ProcessBeans}, and to no other bean. Read-only. */
class ProcessBeansElResolver extends ELResolver {

    private final ProcessBeans processBeans;

    ProcessBeansElResolver(ProcessBeans processBeans) {
        this.processBeans = processBeans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Optional<Object> bean = processBeans.get(name);
        if (bean.isPresent()) {
            context.setPropertyResolved(true);
            return bean.get();
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name && processBeans.allows(name)) {
            context.setPropertyResolved(true);
            return processBeans.get(name).map(Object::getClass).orElse(null);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String name && processBeans.allows(name)) {
            throw new ProcessEngineException("Cannot set value of '" + name + "', it is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}

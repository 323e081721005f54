package lu.adem.tremplin.shared.engine;

import java.beans.FeatureDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the engine's resolvers and refuses, in any expression, a step that leads to code execution or
 * to the engine's and Spring's internals: calling or reading anything on, or obtaining, a class,
 * class loader, module, reflection or method-handle object, the runtime, a process, a thread, the
 * process engine or its services and configuration, the command context, the Spring context or a
 * data source; and members named after those ({@code getClass}, {@code forName}, {@code getBean}, …).
 * An expression of a deployed diagram that tries is stopped with an error before the step runs.
 */
class RestrictedElResolver extends ELResolver {

    private static final Logger log = LoggerFactory.getLogger(RestrictedElResolver.class);

    static final Set<String> FORBIDDEN_MEMBERS = Set.of(
            "class",
            "getClass",
            "classLoader",
            "getClassLoader",
            "forName",
            "loadClass",
            "newInstance",
            "getMethod",
            "getMethods",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getField",
            "getFields",
            "getDeclaredField",
            "getDeclaredFields",
            "getConstructor",
            "getConstructors",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "setAccessible",
            "invoke",
            "exec",
            "getRuntime",
            "module",
            "getModule",
            "protectionDomain",
            "getProtectionDomain",
            "processEngine",
            "getProcessEngine",
            "processEngineServices",
            "getProcessEngineServices",
            "processEngineConfiguration",
            "getProcessEngineConfiguration",
            "getBean",
            "applicationContext",
            "getApplicationContext",
            "beanFactory",
            "getBeanFactory");

    private static final List<String> FORBIDDEN_TYPES = List.of(
            "java.lang.Class",
            "java.lang.ClassLoader",
            "java.lang.Module",
            "java.lang.ModuleLayer",
            "java.lang.Runtime",
            "java.lang.ProcessBuilder",
            "java.lang.Process",
            "java.lang.ProcessHandle",
            "java.lang.System",
            "java.lang.Thread",
            "java.lang.ThreadGroup",
            "java.security.ProtectionDomain",
            "java.io.File",
            "java.nio.file.Path",
            "java.nio.file.FileSystem",
            "javax.sql.DataSource",
            "org.camunda.bpm.engine.ProcessEngine",
            "org.camunda.bpm.engine.ProcessEngineServices",
            "org.camunda.bpm.engine.ProcessEngineConfiguration",
            "org.camunda.bpm.engine.impl.ServiceImpl",
            "org.camunda.bpm.engine.impl.interceptor.CommandContext",
            "org.camunda.bpm.engine.impl.interceptor.CommandExecutor",
            "org.springframework.beans.factory.BeanFactory",
            "org.springframework.context.ApplicationContext");

    private static final List<String> FORBIDDEN_PACKAGES = List.of(
            "java.lang.reflect.",
            "java.lang.invoke.",
            "sun.",
            "jdk.internal.",
            "org.springframework.beans.factory.",
            "org.springframework.context.");

    private static final ClassValue<Boolean> FORBIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isForbidden(type);
        }
    };

    private final ELResolver delegate;

    RestrictedElResolver(ELResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        check(base, property);
        return checked(delegate.getValue(context, base, property), property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        check(base, method);
        return checked(delegate.invoke(context, base, method, paramTypes, params), method);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        check(base, property);
        return delegate.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        check(base, property);
        delegate.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        check(base, property);
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        check(base, null);
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        check(base, null);
        return delegate.getCommonPropertyType(context, base);
    }

    private static void check(Object base, Object member) {
        if (base != null && forbidden(base)) {
            refuse("a member of " + base.getClass().getName());
        }
        if (base != null && member instanceof String name && FORBIDDEN_MEMBERS.contains(name)) {
            refuse("'" + name + "'");
        }
    }

    private static Object checked(Object value, Object member) {
        if (value != null && forbidden(value)) {
            refuse("'" + member + "', which gives " + value.getClass().getName());
        }
        return value;
    }

    static boolean forbidden(Object value) {
        return value instanceof Class<?> || FORBIDDEN.get(value.getClass());
    }

    private static boolean isForbidden(Class<?> type) {
        Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
        while (!types.isEmpty()) {
            Class<?> current = types.pop();
            String name = current.getName();
            if (FORBIDDEN_TYPES.contains(name) || FORBIDDEN_PACKAGES.stream().anyMatch(name::startsWith)) {
                return true;
            }
            if (current.getSuperclass() != null) {
                types.push(current.getSuperclass());
            }
            types.addAll(List.of(current.getInterfaces()));
        }
        return false;
    }

    private static void refuse(String what) {
        var command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        log.warn("Refused an expression reaching {} (user {})", what, user == null ? "none" : user);
        throw new ProcessEngineException("Expressions may not reach " + what
                + ": Tremplin's expressions name process variables and the application's delegates only");
    }
}

package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The modules stay as their package-info says: each declares the modules (and named interfaces) it
 * may use, verify() refuses any other dependency, and a declaration may not outlive its use. The
 * diagrams and the dependency table are written to docs/modules.
 */
class ModularityTests {

    private static final Path SOURCES = Path.of("src/main/java/lu/adem/tremplin");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(lu\\.adem\\.tremplin\\.[\\w.]+);", Pattern.MULTILINE);

    private final ApplicationModules modules = ApplicationModules.of(TremplinApplication.class);

    @Test
    void shouldKeepModuleBoundaries() {
        modules.verify();
    }

    @Test
    void shouldRefuseADependencyThatThePackageInfoDoesNotDeclare() {
        var fixture = ApplicationModules.of("lu.adem.tremplin.modularityfixture", location -> true);

        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Checked")
                .hasMessageContaining("modularityfixture.used.Used");
    }

    /**
     * Declared equals used: a new dependency fails here and in verify(), a declaration left behind
     * fails here. Used counts the compiled classes' references and, since javac inlines constants
     * (roles, BPMN ids), the imports of the module's sources too.
     */
    @Test
    void shouldDeclareExactlyTheDependenciesEachModuleHas() {
        modules.forEach(module -> {
            String[] allowed = allowedDependencies(module);
            assertThat(allowed)
                    .as("%s's package-info declares allowedDependencies", module.getName())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
            Set<String> used = new TreeSet<>();
            module.getDirectDependencies(modules).stream()
                    .forEach(dependency ->
                            used.add(interfaceOf(dependency.getTargetModule(), dependency.getTargetType())));
            importedTypes(module.getName())
                    .forEach(type -> modules.getModuleByType(type)
                            .filter(target -> !target.equals(module))
                            .ifPresent(target -> used.add(
                                    interfaceOf(target, target.getType(type).orElseThrow()))));

            assertThat(new TreeSet<>(Arrays.stream(allowed)
                            .map(ModularityTests::normalised)
                            .toList()))
                    .as("%s's allowedDependencies (expected: what it uses)", module.getName())
                    .isEqualTo(used);
        });
    }

    @Test
    void shouldWriteModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        var table = new StringBuilder("""
                = Allowed dependencies between modules

                Written by `ModularityTests` from each module's `package-info.java`
                (`@ApplicationModule(allowedDependencies = ...)`); `module :: interface` is a named interface.

                [cols="1,3"]
                |===
                | module | may use

                """);
        modules.forEach(module -> {
            String allowed = Arrays.stream(allowedDependencies(module))
                    .map(ModularityTests::normalised)
                    .map(name -> "`" + name + "`")
                    .collect(Collectors.joining(", "));
            table.append("| ")
                    .append(module.getName())
                    .append(" | ")
                    .append(allowed.isEmpty() ? "nothing" : allowed)
                    .append('\n');
        });
        Files.writeString(Path.of("docs/modules/dependencies.adoc"), table.append("|===\n"));
    }

    private static String[] allowedDependencies(org.springframework.modulith.core.ApplicationModule module) {
        try {
            var info = Class.forName(module.getBasePackage().getName() + ".package-info");
            return Optional.ofNullable(info.getAnnotation(ApplicationModule.class))
                    .map(ApplicationModule::allowedDependencies)
                    .orElse(new String[] {ApplicationModule.OPEN_TOKEN});
        } catch (ClassNotFoundException noPackageInfo) {
            return new String[] {ApplicationModule.OPEN_TOKEN};
        }
    }

    /** {@code shared} for the module's base package, {@code shared :: ui-components} for a named interface. */
    private static String interfaceOf(org.springframework.modulith.core.ApplicationModule target, JavaClass type) {
        var interfaces = target.getNamedInterfaces();
        if (interfaces.getUnnamedInterface().contains(type)) {
            return target.getName();
        }
        return interfaces
                .getNamedInterfacesContaining(type)
                .filter(NamedInterface::isNamed)
                .findFirst()
                .map(named -> target.getName() + " :: " + named.getName())
                .orElse(target.getName());
    }

    private static String normalised(String declaration) {
        return Arrays.stream(declaration.split("::")).map(String::trim).collect(Collectors.joining(" :: "));
    }

    /** The Tremplin types that a module's sources import, as binary names ({@code Outer$Inner}). */
    private Stream<String> importedTypes(String module) {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream()
                    .flatMap(file -> IMPORT.matcher(read(file)).results().map(match -> match.group(1)))
                    .map(this::typeOf)
                    .flatMap(Optional::stream)
                    .distinct();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code a.b.Outer.Inner} or {@code a.b.Outer.CONSTANT} → the type's binary name, if it is one of the app's. */
    private Optional<String> typeOf(String imported) {
        for (String name = imported; name.contains("."); name = name.substring(0, name.lastIndexOf('.'))) {
            String nested = name.substring(0, name.lastIndexOf('.')) + "$" + name.substring(name.lastIndexOf('.') + 1);
            for (String candidate : List.of(name, nested)) {
                if (modules.getModuleByType(candidate)
                        .flatMap(module -> module.getType(candidate))
                        .isPresent()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

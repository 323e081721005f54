package lu.adem.tremplin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay as their package-info says; their diagrams are written to docs/modules. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TremplinApplication.class);

    @Test
    void shouldKeepModuleBoundaries() {
        modules.verify();
    }

    @Test
    void shouldWriteModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

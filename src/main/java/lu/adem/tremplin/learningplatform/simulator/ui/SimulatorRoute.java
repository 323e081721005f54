package lu.adem.tremplin.learningplatform.simulator.ui;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Registers the simulator's control panel only when the simulator is the learning-platform adapter. */
@Component
@ConditionalOnProperty(name = "tremplin.learning-platform.mode", havingValue = "simulator", matchIfMissing = true)
class SimulatorRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isRouteRegistered(PlatformSimulatorView.class)) {
            // Inside the application's @Layout shell, found by path: no import of the shell needed.
            Class<? extends RouterLayout> shell = routes.getHandledRegistry().getLayout(PlatformSimulatorView.PATH);
            routes.setRoute(
                    PlatformSimulatorView.PATH,
                    PlatformSimulatorView.class,
                    shell == null ? List.of() : List.of(shell));
        }
    }
}

package lu.adem.tremplin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;

/**
 * Tremplin: Adem's OpenClassrooms pilot run as Camunda 7 workflows with Vaadin screens. Lumo, Vaadin's
 * default theme, needs no {@code @Theme}: one without a name made every page of a production build ask for
 * {@code VAADIN/themes//styles.css}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push
public class TremplinApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TremplinApplication.class, args);
    }
}

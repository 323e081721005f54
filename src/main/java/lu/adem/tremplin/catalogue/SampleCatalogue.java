package lu.adem.tremplin.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Embedded default: loads the shipped SAMPLE catalogue ({@code catalogue/sample-catalogue.csv},
 * about 3,000 invented courses) when the catalogue is empty. It is labelled as sample data wherever
 * the catalogue is shown. Production imports the partner's export instead.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class SampleCatalogue implements ApplicationRunner {

    static final String RESOURCE = "catalogue/sample-catalogue.csv";
    private static final Logger log = LoggerFactory.getLogger(SampleCatalogue.class);

    private final Catalogue catalogue;

    SampleCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (catalogue.count(CourseQuery.all()) > 0 || catalogue.latestImport().isPresent()) {
            return;
        }
        try (var csv =
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            var report = catalogue.importSample(csv, RESOURCE);
            log.info(
                    "Loaded the SAMPLE catalogue: {} courses (not the real OpenClassrooms catalogue)",
                    report.created());
        }
    }
}

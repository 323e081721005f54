package lu.adem.tremplin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.Figure;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): importing the 3,000-course sample
 * file into an empty H2 catalogue, then the same file again. Run: {@code ./mvnw test
 * -Dtest=CatalogueImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target: under 5 s.
 */
@JdbcTest
@Import({Catalogue.class, CourseRepository.class, EngineClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CatalogueImportBenchmark {

    @Autowired
    Catalogue catalogue;

    private long importSample() throws Exception {
        long start = System.nanoTime();
        try (var csv = new InputStreamReader(
                new ClassPathResource(SampleCatalogue.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            var report = catalogue.importSample(csv, SampleCatalogue.RESOURCE);
            assertThat(report.errors()).isEmpty();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void importTheSampleCatalogue() throws Exception {
        long first = importSample();
        long again = importSample();
        System.out.printf(
                "BENCHMARK catalogue import of 3,000 courses: first %d ms (all created), again %d ms (all unchanged)%n",
                first, again);
        assertThat(catalogue.count(CourseQuery.all())).isEqualTo(3000);
        Figure.of(
                        "Importing the 3,000-course sample file into an empty catalogue, then again (H2)",
                        "first " + first + " ms (all created), again " + again + " ms (all unchanged)",
                        "< 5 s",
                        first < 5000 && again < 5000)
                .print();
    }
}

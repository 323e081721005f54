package lu.adem.tremplin.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.Course.CourseLanguage;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.Rounds;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): ranking one jobseeker against the
 * 3,000-course sample catalogue. Run: {@code ./mvnw test -Dtest=RecommendationBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; results go to docs/benchmarks.md. Target: median under 50 ms.
 */
class RecommendationBenchmark {

    static List<Course> sampleCatalogue() throws Exception {
        List<Course> courses = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader = new InputStreamReader(
                new ClassPathResource("catalogue/sample-catalogue.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                courses.add(new Course(
                        row.get("platform_id"),
                        row.get("title"),
                        CourseLanguage.valueOf(row.get("language").toUpperCase()),
                        Course.Difficulty.valueOf(row.get("difficulty").toUpperCase()),
                        Integer.parseInt(row.get("duration_hours")),
                        row.get("topic"),
                        new LinkedHashSet<>(Arrays.asList(row.get("skills").split("\\|"))),
                        List.of(),
                        row.get("url"),
                        false));
            }
        }
        return courses;
    }

    @Test
    void rankOneJobseekerAgainstTheSampleCatalogue() throws Exception {
        List<Course> catalogue = sampleCatalogue();
        Profile profile = new Profile(EnumSet.of(CourseLanguage.FR, CourseLanguage.EN), "M1607", "GUIDED_START", 1);
        Set<String> skills = Set.of("spreadsheets", "word-processing", "email", "communication");
        for (int warmUp = 0; warmUp < 200; warmUp++) {
            Ranking.rank(profile, skills, catalogue);
        }
        int runs = 500;
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Ranking.rank(profile, skills, catalogue);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
        Figure.of(
                        "Ranking one jobseeker against the 3,000-course sample catalogue (in memory)",
                        Figure.times(millis),
                        "median < 50 ms",
                        Rounds.p(millis, 50) < 50)
                .print();
        System.out.printf(
                "BENCHMARK ranking %d courses, %d runs: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                catalogue.size(), runs, nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
        assertThat(catalogue).hasSize(3000);
    }
}

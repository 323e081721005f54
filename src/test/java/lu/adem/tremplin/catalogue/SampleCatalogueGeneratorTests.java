package lu.adem.tremplin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference files ({@code skills.csv}, {@code topics.csv}, {@code occupations.csv}) are the source of truth;
 * {@code tools/make-sample-catalogue.py} reads them and writes only {@code sample-catalogue.csv}.
 */
class SampleCatalogueGeneratorTests {

    private static final Path REFERENCE = Path.of("src/main/resources/catalogue");

    @Test
    void shouldShipASampleThatNamesOnlySkillsAndTopicsOfTheReferenceFiles() {
        assertReferencesOnlyKnownIds(Vocabulary.read(SampleCatalogue.RESOURCE));
    }

    @Test
    void shouldShipOccupationsThatNeedOnlySkillsOfTheReferenceFile() {
        Set<String> skills = ids("catalogue/skills.csv", "tag");
        for (CSVRecord occupation : Vocabulary.read("catalogue/occupations.csv")) {
            assertThat(Arrays.asList(occupation.get("skills").split("\\|")))
                    .as(occupation.get("rome"))
                    .isSubsetOf(skills);
        }
    }

    @Test
    void shouldRegenerateTheShippedSampleFromTheReferenceFilesAlone(@TempDir Path out) throws Exception {
        assumeTrue(pythonAvailable(), "python3 runs the generator");
        List<String> referenceBefore = referenceFiles();

        Process generator = new ProcessBuilder("python3", "tools/make-sample-catalogue.py", "--out", out.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(generator.getInputStream().readAllBytes());
        assertThat(generator.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(generator.exitValue()).as(output).isZero();

        assertThat(Files.list(out).map(path -> path.getFileName().toString())).containsExactly("sample-catalogue.csv");
        assertThat(Files.readString(out.resolve("sample-catalogue.csv")))
                .as("sample-catalogue.csv is out of date: run python3 tools/make-sample-catalogue.py")
                .isEqualTo(Files.readString(REFERENCE.resolve("sample-catalogue.csv")));
        assertThat(referenceFiles())
                .as("the generator never writes the reference files")
                .isEqualTo(referenceBefore);
    }

    private static void assertReferencesOnlyKnownIds(List<CSVRecord> courses) {
        Set<String> skills = ids("catalogue/skills.csv", "tag");
        Set<String> topics = ids("catalogue/topics.csv", "topic");
        assertThat(courses).hasSize(3000).allSatisfy(course -> {
            assertThat(course.get("topic")).as(course.get("platform_id")).isIn(topics);
            assertThat(Arrays.asList(course.get("skills").split("\\|")))
                    .as(course.get("platform_id"))
                    .isSubsetOf(skills);
        });
    }

    private static Set<String> ids(String resource, String column) {
        return Vocabulary.read(resource).stream()
                .map(record -> record.get(column))
                .collect(Collectors.toSet());
    }

    private static List<String> referenceFiles() throws IOException {
        return List.of(
                Files.readString(REFERENCE.resolve("skills.csv")),
                Files.readString(REFERENCE.resolve("topics.csv")),
                Files.readString(REFERENCE.resolve("occupations.csv")));
    }

    private static boolean pythonAvailable() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

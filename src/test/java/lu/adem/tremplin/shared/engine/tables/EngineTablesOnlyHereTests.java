package lu.adem.tremplin.shared.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Camunda's tables are named in one package only: the seam stays the seam. */
class EngineTablesOnlyHereTests {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path SEAM = SOURCES.resolve("lu/adem/tremplin/shared/engine/tables");

    @Test
    void shouldNameCamundasTablesOnlyInTheEngineTablesPackage() throws IOException {
        assertThat(filesNamingEngineTables())
                .as(
                        "files outside %s that name a table of Camunda's (ACT_…): move the"
                                + " query into the seam and give its callers a record",
                        SEAM)
                .isEmpty();
    }

    @Test
    void shouldFindTheSeamItselfSoTheCheckAboveCannotPassOnAWrongPath() throws IOException {
        try (Stream<Path> files = Files.walk(SEAM)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                            .filter(EngineTablesOnlyHereTests::namesEngineTables))
                    .isNotEmpty();
        }
    }

    static List<String> filesNamingEngineTables() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(SEAM))
                    .filter(EngineTablesOnlyHereTests::namesEngineTables)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
    }

    private static boolean namesEngineTables(Path file) {
        try {
            return Files.readString(file).contains("ACT_");
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}

package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Classes a reader holds in their head (STYLE.md, issue 14): above {@link #LIMIT} lines of code a class
 * says at its top why it is longer ("Longer than …" in its Javadoc), or it is split.
 */
class ClassSizeTests {

    static final int LIMIT = 250;
    static final Path MAIN = Path.of("src/main/java");

    @Test
    void shouldKeepEveryClassShortOrSayWhyNot() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> codeLines(read(path)) > LIMIT && !read(path).contains("Longer than"))
                    .map(path -> MAIN.relativize(path) + ": " + codeLines(read(path)) + " lines of code")
                    .toList();
        }
        assertThat(tooLong)
                .as("classes over %d lines of code without a reason at their top", LIMIT)
                .isEmpty();
    }

    @Test
    void shouldCountCodeNotCommentsBlanksOrImports() {
        String source = """
                package x;

                import java.util.List;

                /**
                 * A comment.
                 */
                class X {
                    // why
                    int a;
                }
                """;

        assertThat(codeLines(source)).isEqualTo(3);
    }

    static long codeLines(String source) {
        return source.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty()
                        && !line.startsWith("//")
                        && !line.startsWith("*")
                        && !line.startsWith("/*")
                        && !line.startsWith("import ")
                        && !line.startsWith("package "))
                .count();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

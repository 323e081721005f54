package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.ProcessContract;

/**
 * The contracts are the single list of what {@code src/main} relies on in the diagrams: every element,
 * message or error constant that production code uses is in its process's contract, and no production
 * code names a BPMN element, message or error by a string literal of its own.
 */
class ProcessContractsCoverTheCodeTests {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Map<Class<?>, ProcessContract> CONTRACTS = Map.of(
            OnboardingProcess.class,
            OnboardingProcess.CONTRACT,
            DigitalReadinessProcess.class,
            DigitalReadinessProcess.CONTRACT,
            CourseRecommendationProcess.class,
            CourseRecommendationProcess.CONTRACT,
            FollowUpProcess.class,
            FollowUpProcess.CONTRACT);
    private static final Pattern ELEMENT =
            Pattern.compile("^(TASK|END|TIMER|BOUNDARY|EVENT|START|SUBPROCESS|GATEWAY|CALL)_.*");
    /** Ids, message names and error codes; labels ({@code name} of other elements) are for people and may change. */
    private static final Pattern BPMN_NAME =
            Pattern.compile("(?:\\bid=|<bpmn:message [^>]*name=|\\berrorCode=)\"([A-Za-z][A-Za-z0-9_-]{3,})\"");

    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_-]{3,})\"");
    /** Still a literal: the inbox cannot import recommendation (which uses the inbox) until screens register their routes (issue 14, item 5). */
    private static final Set<String> KNOWN = Set.of();

    @Test
    void shouldListInTheContractEveryIdTheCodeUses() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        List<String> sources =
                sources().stream().map(ProcessContractsCoverTheCodeTests::read).toList();
        for (var entry : CONTRACTS.entrySet()) {
            ProcessContract contract = entry.getValue();
            for (Field field : entry.getKey().getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                    continue;
                }
                String constant = entry.getKey().getSimpleName() + "." + field.getName();
                String value = (String) field.get(null);
                boolean used = sources.stream()
                        .anyMatch(source -> Pattern.compile("\\b" + Pattern.quote(constant) + "\\b")
                                .matcher(source)
                                .find());
                boolean contracted = ELEMENT.matcher(field.getName()).matches()
                        ? contract.elements().stream()
                                .anyMatch(element -> element.id().equals(value))
                        : field.getName().startsWith("MESSAGE_")
                                ? contract.messages().contains(value)
                                : !field.getName().startsWith("ERROR_")
                                        || contract.errors().contains(value);
                if (used && !contracted) {
                    missing.add(constant);
                }
            }
        }
        assertThat(missing)
                .as("used in src/main but not in the process's CONTRACT")
                .isEmpty();
    }

    @Test
    void shouldNameNoBpmnElementMessageOrErrorByALiteral() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
            diagrams.filter(path -> path.toString().endsWith(".bpmn"))
                    .map(ProcessContractsCoverTheCodeTests::read)
                    .forEach(xml -> BPMN_NAME.matcher(xml).results().forEach(found -> names.add(found.group(1))));
        }
        names.removeIf(name -> name.contains(" ") || name.startsWith("Flow") || name.endsWith("_di"));
        List<String> literals = new ArrayList<>();
        for (Path source : sources()) {
            String where = MAIN.resolve("lu/adem/tremplin")
                    .relativize(source)
                    .toString()
                    .replace('\\', '/');
            if (where.matches("[a-z]+/[A-Za-z]+Process\\.java")) {
                continue; // the lists themselves
            }
            if (where.endsWith("package-info.java")) {
                continue; // module names in allowedDependencies, not BPMN ids
            }
            for (String line : read(source).split("\n")) {
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    String found = where + ": " + literal.group(1);
                    if (names.contains(literal.group(1)) && !KNOWN.contains(found)) {
                        literals.add(found);
                    }
                }
            }
        }
        assertThat(literals)
                .as("BPMN names spelt out in src/main: use the XxxProcess constants")
                .isEmpty();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

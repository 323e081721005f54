package lu.adem.tremplin.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ROME occupations most common among Adem's jobseekers, with the skills each needs as catalogue
 * tags ({@code catalogue/occupations.csv}; a process owner extends it: see the folder's README).
 * Tags that no skill of {@code skills.csv} knows are reported at start-up.
 */
@Component
public class Occupations {

    private static final Logger log = LoggerFactory.getLogger(Occupations.class);

    /** An occupation and the skills it needs. */
    public record Occupation(String rome, String labelFr, String labelEn, Set<String> skills) {
        public String label(Locale locale) {
            return locale != null && locale.getLanguage().equals("en") ? labelEn : labelFr;
        }
    }

    private final Map<String, Occupation> byCode = new LinkedHashMap<>();

    Occupations(Vocabulary vocabulary) {
        for (var record : Vocabulary.read("catalogue/occupations.csv")) {
            Set<String> skills =
                    new LinkedHashSet<>(Arrays.stream(record.get("skills").split("\\|"))
                            .map(String::trim)
                            .filter(tag -> !tag.isEmpty())
                            .toList());
            skills.stream()
                    .filter(tag -> !vocabulary.knowsSkill(tag))
                    .forEach(tag -> log.warn(
                            "catalogue/occupations.csv: {} names the unknown skill tag '{}'", record.get("rome"), tag));
            byCode.put(
                    record.get("rome").trim().toUpperCase(Locale.ROOT),
                    new Occupation(
                            record.get("rome").trim().toUpperCase(Locale.ROOT),
                            record.get("label_fr"),
                            record.get("label_en"),
                            skills));
        }
    }

    public Optional<Occupation> of(String rome) {
        return rome == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(rome.trim().toUpperCase(Locale.ROOT)));
    }

    public List<Occupation> all() {
        return List.copyOf(byCode.values());
    }
}

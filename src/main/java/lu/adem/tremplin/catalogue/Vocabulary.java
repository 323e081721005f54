package lu.adem.tremplin.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Names of skill tags and topics in French, English and German ({@code catalogue/skills.csv},
 * {@code catalogue/topics.csv}). An unknown code is shown as it is.
 */
@Component
public class Vocabulary {

    private final Map<String, Map<String, String>> skills;
    private final Map<String, Map<String, String>> topics;

    public Vocabulary() {
        this.skills = labels("catalogue/skills.csv", "tag");
        this.topics = labels("catalogue/topics.csv", "topic");
    }

    public String skill(String tag, Locale locale) {
        return label(skills, tag, locale);
    }

    public String topic(String code, Locale locale) {
        return label(topics, code, locale);
    }

    public boolean knowsSkill(String tag) {
        return skills.containsKey(tag);
    }

    public List<String> topics() {
        return List.copyOf(topics.keySet());
    }

    private static String label(Map<String, Map<String, String>> labels, String code, Locale locale) {
        Map<String, String> byLanguage = labels.get(code);
        if (byLanguage == null) {
            return code;
        }
        String language = locale == null ? "fr" : locale.getLanguage();
        return byLanguage.getOrDefault(language, byLanguage.get("fr"));
    }

    static Map<String, Map<String, String>> labels(String resource, String keyColumn) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (CSVRecord record : read(resource)) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (String language : List.of("fr", "en", "de")) {
                if (record.isMapped("label_" + language)
                        && !record.get("label_" + language).isBlank()) {
                    byLanguage.put(language, record.get("label_" + language));
                }
            }
            labels.put(record.get(keyColumn), byLanguage);
        }
        return labels;
    }

    static List<CSVRecord> read(String resource) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var reader = new InputStreamReader(
                        new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

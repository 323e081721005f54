package lu.adem.tremplin.recommendation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.catalogue.Occupations;
import lu.adem.tremplin.catalogue.Vocabulary;
import lu.adem.tremplin.pilot.Pilot;

/**
 * Suggests courses to one jobseeker from the whole catalogue, each with its reasons in plain words
 * (“teaches spreadsheets, needed for ROME M1607; in French; beginner; 6 h”). The suggestions only
 * advise: the jobseeker may choose any course.
 */
@Service
public class Recommendation {

    /** A shortlist has 3 to 5 courses. */
    public static final int SHORTLIST = 5;

    private final Catalogue catalogue;
    private final Occupations occupations;
    private final Vocabulary vocabulary;
    private final Pilot pilot;

    Recommendation(Catalogue catalogue, Occupations occupations, Vocabulary vocabulary, Pilot pilot) {
        this.catalogue = catalogue;
        this.occupations = occupations;
        this.vocabulary = vocabulary;
        this.pilot = pilot;
    }

    /** All courses the jobseeker can follow in the languages the pilot offers, best first. */
    public List<Suggestion> rank(Profile profile) {
        Set<String> skills = occupations
                .of(profile.occupation())
                .map(Occupations.Occupation::skills)
                .orElse(Set.of());
        List<String> offered = pilot.current().languages();
        return Ranking.rank(
                profile,
                skills,
                catalogue.activeCourses().stream()
                        .filter(course -> offered.contains(course.language().name()))
                        .toList());
    }

    /** The best {@link #SHORTLIST} courses, no two with the same title. */
    public List<Suggestion> shortlist(Profile profile) {
        List<Suggestion> shortlist = new ArrayList<>();
        Set<String> titles = new java.util.HashSet<>();
        for (Suggestion suggestion : rank(profile)) {
            if (titles.add(suggestion.course().title().toLowerCase(Locale.ROOT))) {
                shortlist.add(suggestion);
            }
            if (shortlist.size() == SHORTLIST) {
                break;
            }
        }
        return shortlist;
    }

    /** The suggestion's reasons in the given language, joined by semicolons. */
    public String describe(Suggestion suggestion, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "messages.recommendation",
                supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return suggestion.reasons().stream()
                .map(reason -> {
                    String pattern = texts.getString("reason." + reason.kind().name());
                    Object[] values = switch (reason.kind()) {
                        case TEACHES -> new Object[] {vocabulary.skill(reason.values()[0], locale), reason.values()[1]};
                        case TEACHES_BASICS -> new Object[] {vocabulary.skill(reason.values()[0], locale)};
                        case LANGUAGE -> new Object[] {texts.getString("language." + reason.values()[0])};
                        case LEVEL -> new Object[] {texts.getString("level." + reason.values()[0])};
                        case HOURS -> new Object[] {Integer.valueOf(reason.values()[0])};
                    };
                    return new MessageFormat(pattern, locale).format(values);
                })
                .collect(Collectors.joining("; "));
    }

    private static Locale supported(Locale locale) {
        String language = locale == null ? "fr" : locale.getLanguage();
        return switch (language) {
            case "en" -> Locale.ROOT;
            case "de" -> Locale.GERMAN;
            default -> Locale.FRENCH;
        };
    }
}

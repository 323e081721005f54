package lu.adem.tremplin.catalogue;

/**
 * A search of the catalogue; null filters match everything. Retired courses are never found.
 *
 * @param words words that must all occur in the title or the skill tags (case-insensitive)
 * @param maxHours at most this many hours
 */
public record CourseQuery(
        String words, Course.CourseLanguage language, Course.Difficulty difficulty, String topic, Integer maxHours) {

    public static CourseQuery all() {
        return new CourseQuery(null, null, null, null, null);
    }
}

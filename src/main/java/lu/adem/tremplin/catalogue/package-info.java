/**
 * The learning platform's course catalogue: courses (platform id, title, language, level, hours,
 * topic, skill tags, paths, URL) imported from the partner's CSV or JSON export — upsert by platform
 * id, vanished courses retired, never deleted — and searched by counsellors. Also the reference data
 * that recommendation needs: skill and topic names ({@link lu.adem.tremplin.catalogue.Vocabulary}) and
 * the ROME occupations with their skills ({@link lu.adem.tremplin.catalogue.Occupations}). The embedded
 * default loads a SAMPLE catalogue of invented courses.
 *
 * <p>Public API: {@link lu.adem.tremplin.catalogue.Catalogue}, {@link lu.adem.tremplin.catalogue.Course},
 * {@link lu.adem.tremplin.catalogue.CourseQuery}. Uses the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalogue",
        allowedDependencies = {"shared", "shared :: ui-components"})
package lu.adem.tremplin.catalogue;

package lu.adem.tremplin.learningplatform;

/**
 * A jobseeker's progress in a course changed and Tremplin heard of it at once (the local simulator
 * says so; the partner API is read weekly instead, so the HTTP adapter never publishes this).
 */
public record ProgressReported(String externalId, String courseId) {}

package lu.adem.tremplin.learningplatform;

/**
 * A jobseeker activated their learning-platform account and Tremplin heard of it at once (the local
 * simulator says so; the partner API is polled instead, so the HTTP adapter never publishes this).
 */
public record AccountActivated(String externalId) {}

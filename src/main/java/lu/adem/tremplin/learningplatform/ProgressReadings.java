package lu.adem.tremplin.learningplatform;

import org.springframework.stereotype.Service;

/**
 * Where a jobseeker's progress comes from: the platform's API (through the adapter) or the partner's
 * imported exports, as {@code tremplin.learning-platform.progress-source} says.
 */
@Service
public class ProgressReadings {

    private final LearningPlatform platform;
    private final ProgressExports exports;
    private final LearningPlatformSettings settings;

    ProgressReadings(LearningPlatform platform, ProgressExports exports, LearningPlatformSettings settings) {
        this.platform = platform;
        this.exports = exports;
        this.settings = settings;
    }

    public LearningPlatform.Progress read(String externalId, String courseId) {
        return settings.progressFromImports()
                ? exports.progressOf(externalId, courseId)
                : platform.progress(externalId, courseId);
    }
}

package lu.adem.tremplin.learningplatform;

/** The platform did not answer, answered an error, or answered something Tremplin cannot read. */
public class PlatformUnavailable extends RuntimeException {

    public PlatformUnavailable(String message) {
        super(message);
    }

    public PlatformUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

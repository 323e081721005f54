package lu.adem.tremplin.shared;

/**
 * Someone (a colleague, or the user's own earlier click) already did what the user asked: nothing
 * was changed. Screens explain it as such instead of as an error.
 */
public class AlreadyDone extends RuntimeException {

    public AlreadyDone(String message) {
        super(message);
    }
}

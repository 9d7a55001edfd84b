package hep.capsule.internal.container;

/** A problem with an image's inputs that the user can fix: the message names the file or option and what is wrong. */
public final class ImageException extends Exception {
    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}

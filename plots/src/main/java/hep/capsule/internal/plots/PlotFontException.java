package hep.capsule.internal.plots;

/** Java cannot load Capsule's plot font; the message says what to do. */
public final class PlotFontException extends RuntimeException {
    PlotFontException(String message, Throwable cause) {
        super(message, cause);
    }
}

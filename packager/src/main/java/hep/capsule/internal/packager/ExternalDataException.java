package hep.capsule.internal.packager;

/** A model's external data may not be read; the message names the model, the tensor, the file and why. */
public final class ExternalDataException extends Exception {
    public ExternalDataException(String message) {
        super(message);
    }
}

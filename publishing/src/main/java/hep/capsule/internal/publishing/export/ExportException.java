package hep.capsule.internal.publishing.export;

import java.util.List;

/** An export that cannot be written from what the capsule says; the message names every descriptor field to fill. */
public final class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    /** @param fields each missing or unusable descriptor field with what it needs, e.g. {@code keywords: ...} */
    public static ExportException missing(String export, List<String> fields) {
        return new ExportException("cannot write the " + export + " metadata; fill in the capsule's descriptor:\n  "
                + String.join("\n  ", fields));
    }
}

package hep.capsule.internal.archive.bag;

/** A bag file (manifest, bagit.txt, bag-info.txt) does not follow RFC 8493. */
public class BagFormatException extends Exception {
    public BagFormatException(String message) {
        super(message);
    }
}

package hep.capsule.internal.tensor;

/** Checks that a file holds exactly the data its NPY header announces. */
final class NpyDataLength {

    private NpyDataLength() {}

    static void check(NpyHeader header, long fileLength, String fileName) throws NpyFormatException {
        long expected = header.dataOffset() + header.dataBytes();
        if (fileLength < expected) {
            throw new NpyFormatException(
                    fileName,
                    "truncated: the header announces " + header.dataBytes() + " bytes of data but the file holds only "
                            + Math.max(0, fileLength - header.dataOffset()));
        }
        if (fileLength > expected) {
            throw new NpyFormatException(
                    fileName,
                    (fileLength - expected) + " unexpected bytes after the " + header.dataBytes()
                            + " bytes of data the header announces");
        }
    }
}

package hep.capsule.internal.archive.tar;

import hep.capsule.internal.archive.FindingCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * How a capsule archive's tar is stored: gzip-compressed (.tar.gz) or plain (.tar). Told apart by the first bytes,
 * never by the file name: gzip's magic number 1f 8b, or the "ustar" magic of a POSIX tar header at byte 257.
 */
public enum ArchiveFormat {
    TAR_GZ,
    TAR;

    private static final int TAR_HEADER = 512;
    private static final int USTAR_MAGIC_OFFSET = 257;
    private static final byte[] USTAR = "ustar".getBytes(StandardCharsets.US_ASCII);

    /** Looks at the first bytes of the stream and leaves it where it was. */
    static ArchiveFormat detect(BufferedInputStream in, String archiveName)
            throws IOException, InvalidArchiveException {
        in.mark(TAR_HEADER);
        byte[] first = in.readNBytes(TAR_HEADER);
        in.reset();
        if (first.length >= 2 && (first[0] & 0xff) == 0x1f && (first[1] & 0xff) == 0x8b) {
            return TAR_GZ;
        }
        if (first.length == TAR_HEADER
                && Arrays.equals(
                        first, USTAR_MAGIC_OFFSET, USTAR_MAGIC_OFFSET + USTAR.length, USTAR, 0, USTAR.length)) {
            return TAR;
        }
        throw new InvalidArchiveException(
                FindingCode.NOT_A_CAPSULE_ARCHIVE,
                archiveName,
                "is neither a gzip-compressed tar (its first bytes are not gzip's 1f 8b)"
                        + " nor a plain POSIX tar (it has no \"ustar\" header): it is not a capsule archive");
    }

    /** The tar stream of an archive in this format: decompressed (every gzip member in turn) or as it is. */
    InputStream tarStream(InputStream in, String archiveName) throws InvalidArchiveException {
        if (this == TAR) {
            return in;
        }
        try {
            return GzipCompressorInputStream.builder()
                    .setInputStream(in)
                    .setDecompressConcatenated(true)
                    .get();
        } catch (IOException e) {
            throw new InvalidArchiveException(
                    FindingCode.GZIP_DAMAGED, archiveName, "is not a valid gzip file (" + e.getMessage() + ")");
        }
    }
}

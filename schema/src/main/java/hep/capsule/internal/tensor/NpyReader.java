package hep.capsule.internal.tensor;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an NPY file a batch of rows at a time, so that a file larger than memory can be processed. The file's length is
 * checked against its header when it is opened.
 */
public final class NpyReader implements Closeable {

    /** The largest batch a Java array can hold, with the headroom some VMs reserve. */
    private static final long MAX_BATCH_BYTES = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private final NpyHeader header;
    private final String displayName;
    private long rowsLeft;

    private NpyReader(InputStream in, NpyHeader header, String displayName) {
        this.in = in;
        this.header = header;
        this.displayName = displayName;
        this.rowsLeft = header.rows();
    }

    /**
     * Opens a file and reads its header.
     *
     * @param displayName the name used in error messages, for example the path inside a capsule
     * @throws NpyFormatException when the header is invalid or the file is not exactly as long as the header says
     */
    public static NpyReader open(Path file, String displayName, NpyLimits limits)
            throws IOException, NpyFormatException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            NpyHeader header = NpyHeader.read(in, displayName, limits);
            NpyDataLength.check(header, Files.size(file), displayName);
            return new NpyReader(in, header, displayName);
        } catch (IOException | NpyFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public NpyHeader header() {
        return header;
    }

    public long rowsLeft() {
        return rowsLeft;
    }

    /**
     * Reads the next rows: {@code maxRows} of them, or fewer at the end of the file or when that many would not fit in
     * one Java array. A scalar file is one row. Returns an empty batch once all rows are read.
     *
     * @throws NpyFormatException when the file ends early (it was truncated after opening)
     */
    public Tensor readRows(int maxRows) throws IOException, NpyFormatException {
        if (maxRows < 0 || (maxRows == 0 && header.shape().length == 0)) {
            throw new IllegalArgumentException(
                    "maxRows must be positive (or 0 for an array with rows), got " + maxRows);
        }
        long rowBytes = header.rowBytes();
        long fitting = rowBytes == 0 ? rowsLeft : MAX_BATCH_BYTES / rowBytes;
        long rows = Math.min(Math.min(maxRows, rowsLeft), fitting);
        int length = (int) (rows * rowBytes);
        byte[] data = in.readNBytes(length);
        if (data.length < length) {
            throw new NpyFormatException(
                    displayName,
                    "file ends early: " + (header.rows() - rowsLeft) + " of " + header.rows() + " rows read, the next "
                            + rows + " rows are missing");
        }
        rowsLeft -= rows;
        return new Tensor(header.type(), header.batchShape(rows), data);
    }

    /**
     * Reads the whole array (what is left of it, if rows were read before): for an input given whole, or an output
     * stored whole.
     *
     * @throws NpyFormatException when the array does not fit in one Java array, or the file ends early
     */
    public Tensor readAll() throws IOException, NpyFormatException {
        if (Math.multiplyExact(rowsLeft, header.rowBytes()) > MAX_BATCH_BYTES) {
            throw new NpyFormatException(
                    displayName,
                    "holds " + header.dataBytes() + " bytes, more than a tensor" + " given or compared whole may hold ("
                            + MAX_BATCH_BYTES + ")");
        }
        return rowsLeft == 0 && header.shape().length > 0 ? readRows(0) : readRows((int) rowsLeft);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

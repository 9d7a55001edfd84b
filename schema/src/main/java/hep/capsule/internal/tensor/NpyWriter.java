package hep.capsule.internal.tensor;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes an NPY file a batch of rows at a time. The header, written first, fixes the type and shape; {@link #close()}
 * fails if fewer rows were written than the shape announces.
 */
public final class NpyWriter implements Closeable {

    private final OutputStream out;
    private final NpyHeader header;
    private final Path file;
    private long rowsWritten;

    private NpyWriter(OutputStream out, NpyHeader header, Path file) {
        this.out = out;
        this.header = header;
        this.file = file;
    }

    /** Creates (or replaces) {@code file} and writes its header. */
    public static NpyWriter create(Path file, ElementType type, long[] shape) throws IOException {
        NpyHeader header = NpyHeader.of(type, shape);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        try {
            out.write(header.encode());
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new NpyWriter(out, header, file);
    }

    /**
     * Appends rows.
     *
     * @throws IllegalArgumentException when the type or inner dimensions differ from the header, or the rows would
     *     exceed the announced number
     */
    public void write(Tensor rows) throws IOException {
        long[] expected = header.batchShape(rows.rows());
        if (rows.type() != header.type() || !Arrays.equals(rows.shape(), expected)) {
            throw new IllegalArgumentException(file + ": cannot append a " + rows.describe()
                    + " batch to an NPY file of " + header.type().descriptorName()
                    + Arrays.toString(header.shape()));
        }
        if (rowsWritten + rows.rows() > header.rows()) {
            throw new IllegalArgumentException(file + ": appending " + rows.rows() + " rows to the " + rowsWritten
                    + " written exceeds the " + header.rows() + " rows of the header");
        }
        out.write(rows.data());
        rowsWritten += rows.rows();
    }

    /** Flushes and closes the file; fails if rows are missing (the file is then incomplete). */
    @Override
    public void close() throws IOException {
        out.close();
        if (rowsWritten != header.rows()) {
            throw new IOException(file + ": incomplete NPY file, the header announces " + header.rows()
                    + " rows but only " + rowsWritten + " were written");
        }
    }
}

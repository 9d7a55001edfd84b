package hep.capsule.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a two-dimensional little-endian float32 NPY file (what the reference files are). */
record Float32Npy(int rows, int columns, float[] values) {

    private static final Pattern SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)");

    static Float32Npy read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(bytes.getShort(8));
        String header = new String(bytes.array(), 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'descr': '<f4'") || !header.contains("'fortran_order': False")) {
            throw new IOException(file + " is not a C-order little-endian float32 NPY file: " + header);
        }
        Matcher shape = SHAPE.matcher(header);
        if (!shape.find()) {
            throw new IOException(file + " is not two-dimensional: " + header);
        }
        int rows = Integer.parseInt(shape.group(1));
        int columns = Integer.parseInt(shape.group(2));
        float[] values = new float[rows * columns];
        bytes.position(10 + headerLength).asFloatBuffer().get(values);
        return new Float32Npy(rows, columns, values);
    }

    float value(int row, int column) {
        return values[row * columns + column];
    }
}

package hep.capsule.internal.packager;

import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyHeader;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens a user's reference NPY file and checks it fits the input it is meant for. */
final class ReferenceTensors {
    private ReferenceTensors() {}

    /**
     * @param raw whether the file holds physical values (any floating-point type) rather than model-ready ones
     * @param limits what the file may be
     */
    static NpyReader open(Path file, InputSpec input, boolean raw, NpyLimits limits) throws IOException, PackException {
        NpyReader reader;
        try {
            reader = NpyReader.open(file, file.getFileName().toString(), limits);
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
        NpyHeader header = reader.header();
        String problem = mismatch(header, input, raw);
        if (problem != null) {
            reader.close();
            throw new PackException(file + ": " + problem);
        }
        return reader;
    }

    private static String mismatch(NpyHeader header, InputSpec input, boolean raw) {
        if (raw ? !header.type().isFloatingPoint() : header.type() != input.type()) {
            return "holds " + header.type().descriptorName() + " values, but input " + input.name() + " needs "
                    + (raw ? "float32 or float64 physical values" : input.type().descriptorName());
        }
        List<Long> declared = input.shape();
        long[] shape = header.shape();
        if (shape.length != declared.size()) {
            return "has shape " + java.util.Arrays.toString(shape) + ", but input " + input.name() + " has "
                    + declared.size() + " dimensions " + declared;
        }
        for (int d = input.perEvent() ? 1 : 0; d < shape.length; d++) {
            if (declared.get(d) != null && declared.get(d) != shape[d]) {
                return "has shape " + java.util.Arrays.toString(shape) + ", but input " + input.name() + " has shape "
                        + declared + (input.perEvent() ? " (the first axis counts events)" : "");
            }
        }
        return null;
    }
}

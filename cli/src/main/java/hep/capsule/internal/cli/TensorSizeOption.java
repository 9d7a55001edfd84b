package hep.capsule.internal.cli;

import hep.capsule.internal.tensor.NpyLimits;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --max-tensor-size}: how many bytes of data one NPY tensor (reference inputs and outputs) may hold. */
final class TensorSizeOption {
    @Option(
            names = "--max-tensor-size",
            paramLabel = "SIZE",
            converter = ByteSize.class,
            description = "refuse an NPY tensor (reference inputs or outputs) with more data than this, e.g. 32G "
                    + "(default: 8G)")
    Long maxBytes;

    NpyLimits limits() {
        return maxBytes == null ? NpyLimits.defaults() : NpyLimits.defaults().withMaxTensorBytes(maxBytes);
    }

    /** The option as given, for a worker process; nothing when the default applies. */
    List<String> asArguments() {
        return maxBytes == null ? List.of() : List.of("--max-tensor-size", maxBytes.toString());
    }
}

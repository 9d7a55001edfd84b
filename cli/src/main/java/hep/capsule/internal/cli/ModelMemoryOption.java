package hep.capsule.internal.cli;

import hep.capsule.internal.runner.ModelMemoryBudget;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --max-model-memory}: how many bytes of tensors executing one model may hold at once. */
final class ModelMemoryOption {
    @Option(
            names = ModelMemoryBudget.OPTION,
            paramLabel = "SIZE",
            converter = ByteSize.class,
            description =
                    "refuse a model whose tensors would take more memory than this at once, e.g. 8G (default: 2G)")
    Long maxBytes;

    ModelMemoryBudget budget() {
        return maxBytes == null ? ModelMemoryBudget.DEFAULT : new ModelMemoryBudget(maxBytes);
    }

    /** The option as given, for a worker process; nothing when the default applies. */
    List<String> asArguments() {
        return maxBytes == null ? List.of() : List.of(ModelMemoryBudget.OPTION, maxBytes.toString());
    }
}

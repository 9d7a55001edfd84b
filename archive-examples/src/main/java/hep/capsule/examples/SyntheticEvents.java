package hep.capsule.examples;

import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Npy;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * (Re)writes the synthetic reference inputs of the example capsules. Each example has a fixed seed, so running this
 * again reproduces the committed NPY files byte for byte.
 *
 * <p>Usage: {@code SyntheticEvents [archive-examples directory]} (default: current directory).
 */
public final class SyntheticEvents {

    static final int EVENTS = 1000;
    static final String RAW_FILE = "raw_reference_inputs.npy";
    static final String MODEL_READY_FILE = "reference_inputs.npy";
    static final String WEIGHTS_FILE = "reference_weights.npy";
    /** The weights come from their own stream: the example's seed plus this. */
    static final long WEIGHT_SEED_OFFSET = 1;

    /**
     * One example capsule's reference inputs.
     *
     * @param directory the capsule folder under archive-examples
     * @param seed the seed of the example's random stream
     * @param modelReady per-input normalisation when the model-ready file is committed as well
     */
    record Example(String directory, EventSource source, long seed, Optional<List<DoubleUnaryOperator>> modelReady) {}

    static final List<Example> EXAMPLES = List.of(
            new Example(
                    "atlas-susy-2019-04-4jets",
                    new FourJetEventSource(),
                    2019_04_04L,
                    Optional.of(FourJetEventSource.modelReadyScaling())),
            new Example("atlas-higp-2024-32-resdnn-even", new TripleHiggsEventSource(), 2024_32_00L, Optional.empty()),
            new Example(
                    "atlas-zerolepton-2016-srbdt-ggdirect-even",
                    new ZeroLeptonEventSource(),
                    2016_00_01L,
                    Optional.empty()));

    private SyntheticEvents() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Example example : EXAMPLES) {
            write(example, root.resolve(example.directory()));
        }
    }

    static void write(Example example, Path directory) throws IOException {
        Files.createDirectories(directory);
        ReferenceTable raw = ReferenceTable.draw(example.source(), EVENTS, example.seed());
        Files.write(directory.resolve(RAW_FILE), Npy.encode(raw.toTensor()));
        if (example.modelReady().isPresent()) {
            ReferenceTable ready = raw.map(example.modelReady().get());
            Files.write(directory.resolve(MODEL_READY_FILE), Npy.encode(ready.toTensor()));
        }
        Files.write(directory.resolve(WEIGHTS_FILE), Npy.encode(weights(EVENTS, example.seed() + WEIGHT_SEED_OFFSET)));
    }

    /**
     * Synthetic event weights for the examples' cutflows: float32 [events], each 0.01 x (0.5 + u) with u uniform in [0,
     * 1) from java.util.SplittableRandom(seed); no physical cross-section is behind them.
     */
    static Tensor weights(int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer data = ByteBuffer.allocate(4 * events).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < events; i++) {
            data.putFloat((float) (0.01 * (0.5 + random.nextDouble())));
        }
        return new Tensor(ElementType.FLOAT32, new long[] {events}, data.array());
    }
}

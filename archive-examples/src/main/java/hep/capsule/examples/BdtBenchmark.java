package hep.capsule.examples;

import hep.capsule.runner.ModelExecutionException;
import hep.capsule.runner.tmva.TmvaBdtRunner;
import hep.capsule.tensor.ElementType;
import hep.capsule.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A benchmark, not a test: events per second of Capsule's Java TMVA evaluator on the 1000-tree
 * SR-BDT-GGdirect weight file, on one thread, over synthetic events in batches of
 * {@value #BATCH}. Prints the median and best of {@value #ROUNDS} timed rounds after warm-up.
 *
 * <p>Usage: {@code BdtBenchmark [archive-examples directory]} (default: current directory).
 */
public final class BdtBenchmark {

    static final String EXAMPLE = "atlas-zerolepton-2016-srbdt-ggdirect-even";
    static final String WEIGHTS = "ZeroLepton2016-SRBDT-GGdirect_weights1.xml";
    static final int EVENTS = 100_000;
    static final int BATCH = 10_000;
    static final int WARM_UP_ROUNDS = 5;
    static final int ROUNDS = 10;

    private BdtBenchmark() {
    }

    public static void main(String[] args) throws IOException, ModelExecutionException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        byte[] xml = Files.readAllBytes(root.resolve(EXAMPLE).resolve(WEIGHTS));
        Tensor[] batches = batches(ReferenceTable.draw(new ZeroLeptonEventSource(), EVENTS, 1L).toTensor());
        try (TmvaBdtRunner runner = TmvaBdtRunner.load(xml, WEIGHTS)) {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                round(runner, batches);
            }
            double[] rates = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                rates[i] = EVENTS / round(runner, batches);
            }
            Arrays.sort(rates);
            System.out.printf("Java TMVA evaluator, %s, %s trees, 1 thread: median %.0f events/s, best %.0f events/s%n",
                    WEIGHTS, runner.settings().settings().get("trees"), rates[ROUNDS / 2], rates[ROUNDS - 1]);
            System.out.println("onnxruntime on the ONNX twin: not measured (Capsule does not write ONNX twins yet)");
        }
    }

    /** Seconds to run every batch once. */
    private static double round(TmvaBdtRunner runner, Tensor[] batches) throws ModelExecutionException {
        long start = System.nanoTime();
        for (Tensor batch : batches) {
            runner.run(Map.of(TmvaBdtRunner.INPUT, batch));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Tensor[] batches(Tensor all) {
        int width = (int) all.shape()[1];
        int bytesPerBatch = BATCH * width * Float.BYTES;
        Tensor[] batches = new Tensor[EVENTS / BATCH];
        for (int b = 0; b < batches.length; b++) {
            byte[] data = Arrays.copyOfRange(all.data(), b * bytesPerBatch, (b + 1) * bytesPerBatch);
            batches[b] = new Tensor(ElementType.FLOAT32, new long[] {BATCH, width}, data);
        }
        return batches;
    }
}

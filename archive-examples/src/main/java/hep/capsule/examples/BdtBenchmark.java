package hep.capsule.examples;

import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.OnnxRuntimeRunner;
import hep.capsule.internal.runner.tmva.TmvaBdtRunner;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A benchmark, not a test: events per second of Capsule's Java TMVA evaluator on the 1000-tree SR-BDT-GGdirect weight
 * file, and of onnxruntime (one thread, Capsule's pinned settings) on its ONNX twin, over the same synthetic events in
 * batches of {@value #BATCH}, in the same run: after warm-up, {@value #ROUNDS} rounds alternate between the two. Prints
 * the median and best rates by wall-clock time and by the CPU time of the calling thread (which a busy machine disturbs
 * less), the ratio of the medians, and the machine's load average before and after.
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

    private BdtBenchmark() {}

    /** The events per second of each round, by wall-clock time and by the calling thread's CPU time. */
    private record Rates(double[] wall, double[] cpu) {
        Rates() {
            this(new double[ROUNDS], new double[ROUNDS]);
        }

        double median(double[] rates) {
            double[] sorted = rates.clone();
            Arrays.sort(sorted);
            return sorted[ROUNDS / 2];
        }

        double best(double[] rates) {
            return Arrays.stream(rates).max().orElseThrow();
        }

        String describe(String what) {
            return String.format(
                    "%s: median %.0f events/s (best %.0f) by wall clock; median %.0f events/s (best %.0f)"
                            + " by thread CPU time",
                    what, median(wall), best(wall), median(cpu), best(cpu));
        }
    }

    public static void main(String[] args) throws IOException, ModelExecutionException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        byte[] xml = Files.readAllBytes(root.resolve(EXAMPLE).resolve(WEIGHTS));
        Tensor[] batches = batches(
                ReferenceTable.draw(new ZeroLeptonEventSource(), EVENTS, 1L).toTensor());
        try (TmvaBdtRunner java = TmvaBdtRunner.load(xml, WEIGHTS);
                OnnxRuntimeRunner twin = OnnxRuntimeRunner.load(java.onnxTwin(), "ONNX twin of " + WEIGHTS)) {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                round(java, batches, new Rates(), 0);
                round(twin, batches, new Rates(), 0);
            }
            Rates javaRates = new Rates();
            Rates twinRates = new Rates();
            for (int i = 0; i < ROUNDS; i++) {
                round(java, batches, javaRates, i);
                round(twin, batches, twinRates, i);
            }
            System.out.println(javaRates.describe("Java TMVA evaluator, " + WEIGHTS + ", "
                    + java.settings().settings().get("trees") + " trees, 1 thread"));
            System.out.println(
                    twinRates.describe("onnxruntime " + twin.settings().version() + " on the ONNX twin, 1 thread"));
            System.out.printf(
                    "Java / onnxruntime: %.2f by wall clock, %.2f by thread CPU time%n",
                    javaRates.median(javaRates.wall()) / twinRates.median(twinRates.wall()),
                    javaRates.median(javaRates.cpu()) / twinRates.median(twinRates.cpu()));
            System.out.printf(
                    "machine: %d processors, load average %.1f before and %.1f after%n",
                    Runtime.getRuntime().availableProcessors(),
                    loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Runs every batch once and records the rates as round {@code index}. */
    private static void round(ModelRunner runner, Tensor[] batches, Rates rates, int index)
            throws ModelExecutionException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Tensor batch : batches) {
            runner.run(Map.of(TmvaBdtRunner.INPUT, batch));
        }
        rates.wall()[index] = EVENTS / ((System.nanoTime() - start) / 1e9);
        rates.cpu()[index] = EVENTS / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
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

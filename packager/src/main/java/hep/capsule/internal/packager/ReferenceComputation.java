package hep.capsule.internal.packager;

import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.interpreter.PortableWitness;
import hep.capsule.internal.interpreter.plan.StaticMemoryCheck;
import hep.capsule.internal.runner.BatchedRun;
import hep.capsule.internal.runner.InputNormaliser;
import hep.capsule.internal.runner.InterfaceCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.SplitInputs;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.RuntimeRecord;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.NpyWriter;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The step that executes: prepares each model's reference inputs (normalising physical values where the capsule gives
 * them) and runs the model on them with pinned settings, writing the reference outputs as NPY files into the work
 * folder.
 */
final class ReferenceComputation {
    private ReferenceComputation() {}

    /**
     * @param originalInputs for a twin, the model-ready reference inputs of its original, by input name, on which the
     *     twin runs; ignored for other models
     * @param limits what the reference NPY files (the user's and those computed) may be
     * @param budget how many bytes of tensors executing the model may hold at once
     */
    static ModelReference compute(
            PackPlan.ModelPlan model,
            int requestedBatchSize,
            Map<String, Path> originalInputs,
            WorkFolder work,
            NpyLimits limits,
            ModelMemoryBudget budget)
            throws IOException, PackException {
        String id = model.spec().id();
        Map<String, Path> ready = new LinkedHashMap<>();
        for (PackPlan.InputPlan input : model.inputs()) {
            ready.put(
                    input.spec().name(),
                    model.spec().isTwin()
                            ? originalInputs.get(input.spec().name())
                            : readyInput(id, input, work, limits));
        }
        byte[] modelBytes = model.modelBytes();
        String label = model.model().source().getFileName().toString();
        if (model.spec().format() == ModelFormat.ONNX) {
            sizeBeforeRunning(model, modelBytes, ready, requestedBatchSize, limits, budget);
        }
        try (ModelRunner main = ModelRunners.open(model.spec(), modelBytes, label)) {
            EngineRun mainRun = runEngine(main, model, ready, "output", requestedBatchSize, work, limits);
            for (PackPlan.OutputPlan output : model.outputs()) {
                if (output.expected().isPresent()) {
                    requireSameLayout(
                            output.expected().get().source(),
                            mainRun.outputs().get(output.spec().name()),
                            limits);
                }
            }
            List<RuntimeRecord> runtimes = new ArrayList<>(List.of(mainRun.runtime()));
            Map<String, Path> witnessOutputs = Map.of();
            Optional<ModelRunner> witness = model.witnessRuns()
                    ? PortableWitness.open(model.spec().format(), modelBytes, label, budget)
                    : Optional.empty();
            if (witness.isPresent()) {
                try (ModelRunner portable = witness.get()) {
                    EngineRun witnessRun =
                            runEngine(portable, model, ready, "witness-output", requestedBatchSize, work, limits);
                    runtimes.add(witnessRun.runtime());
                    witnessOutputs = witnessRun.outputs();
                }
            }
            return new ModelReference(ready, mainRun.outputs(), witnessOutputs, runtimes, mainRun.events());
        } catch (ModelExecutionException e) {
            throw new PackException("model " + id + " (" + model.model().source() + "): " + e.getMessage(), e);
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
    }

    /**
     * Sizes every tensor of an ONNX model on one batch of its reference inputs before any runtime loads it (onnxruntime
     * folds constants while it loads a model), and refuses it over the budget.
     */
    private static void sizeBeforeRunning(
            PackPlan.ModelPlan model,
            byte[] modelBytes,
            Map<String, Path> ready,
            int batchSize,
            NpyLimits limits,
            ModelMemoryBudget budget)
            throws IOException, PackException {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (Map.Entry<String, Path> input : ready.entrySet()) {
            try (NpyReader reader = NpyReader.open(
                    input.getValue(), input.getValue().getFileName().toString(), limits)) {
                shapes.put(input.getKey(), reader.header().shape());
            } catch (NpyFormatException e) {
                throw new PackException(e.getMessage(), e);
            }
        }
        try {
            StaticMemoryCheck.check(
                    modelBytes,
                    StaticMemoryCheck.batchShapes(shapes, batchSize),
                    budget,
                    "model " + model.spec().id() + " (" + model.model().source() + ")");
        } catch (ModelMemoryExceededException e) {
            throw new PackException(e.getMessage() + "; at a batch of " + batchSize + " events (--batch-size)", e);
        }
    }

    /** The outputs one engine gave on the reference inputs, and how it was run. */
    private record EngineRun(Map<String, Path> outputs, RuntimeRecord runtime, long events) {}

    private static EngineRun runEngine(
            ModelRunner runner,
            PackPlan.ModelPlan model,
            Map<String, Path> ready,
            String prefix,
            int requestedBatchSize,
            WorkFolder work,
            NpyLimits limits)
            throws IOException, NpyFormatException, ModelExecutionException, PackException {
        String id = model.spec().id();
        List<String> disagreements = InterfaceCheck.disagreements(model.spec(), runner.signature());
        if (!disagreements.isEmpty()) {
            throw new PackException("the descriptor does not match the model file "
                    + model.model().source() + " (" + runner.settings().runtime() + "):\n  "
                    + String.join("\n  ", disagreements));
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (PackPlan.OutputPlan output : model.outputs()) {
            outputs.put(output.spec().name(), work.resolve(id + "-" + prefix + "-" + outputs.size() + ".npy"));
        }
        SplitInputs inputs = open(model.spec(), ready, limits);
        try {
            int batchSize = model.spec().runsWhole()
                    ? (int) Math.max(1, inputs.events())
                    : BatchedRun.batchSize(runner.signature(), inputs.perEvent().keySet(), requestedBatchSize);
            long events = run(runner, model, inputs, outputs, batchSize);
            Map<String, String> settings = new TreeMap<>(runner.settings().settings());
            settings.put("batch_size", Integer.toString(batchSize));
            return new EngineRun(
                    outputs,
                    new RuntimeRecord(
                            id, runner.settings().runtime(), runner.settings().version(), settings),
                    events);
        } finally {
            closeAll(new ArrayList<>(inputs.perEvent().values()));
        }
    }

    private static long run(
            ModelRunner runner, PackPlan.ModelPlan model, SplitInputs inputs, Map<String, Path> outputs, int batchSize)
            throws IOException, NpyFormatException, ModelExecutionException, PackException {
        Map<String, NpyWriter> writers = new HashMap<>();
        Map<String, OutputSpec> specs = new HashMap<>();
        model.outputs().forEach(output -> specs.put(output.spec().name(), output.spec()));
        long events;
        try {
            events = BatchedRun.run(runner, inputs.perEvent(), inputs.whole(), batchSize, (first, in, out) -> {
                long inBatch = Math.min(batchSize, inputs.events() - first);
                for (Map.Entry<String, Tensor> result : out.entrySet()) {
                    OutputSpec spec = specs.get(result.getKey());
                    if (spec.perEvent()) {
                        requireEventAxis(spec, result.getValue(), inBatch);
                    }
                    NpyWriter writer = writers.get(result.getKey());
                    if (writer == null) {
                        long[] shape = result.getValue().shape();
                        if (spec.perEvent()) {
                            shape[0] = inputs.events();
                        }
                        writer = NpyWriter.create(
                                outputs.get(result.getKey()), result.getValue().type(), shape);
                        writers.put(result.getKey(), writer);
                    }
                    writer.write(result.getValue());
                }
            });
        } catch (IOException | NpyFormatException | ModelExecutionException | RuntimeException e) {
            // The files are incomplete: closing them fails too, and would hide why.
            for (NpyWriter writer : writers.values()) {
                try {
                    writer.close();
                } catch (IOException incomplete) {
                    e.addSuppressed(incomplete);
                }
            }
            throw e;
        }
        closeAll(new ArrayList<>(writers.values()));
        return events;
    }

    /** Opens the model-ready reference inputs; reads those without an event axis whole. */
    private static SplitInputs open(ModelSpec model, Map<String, Path> ready, NpyLimits limits)
            throws IOException, NpyFormatException {
        Map<String, NpyReader> readers = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Path> input : ready.entrySet()) {
                readers.put(
                        input.getKey(),
                        NpyReader.open(
                                input.getValue(), input.getValue().getFileName().toString(), limits));
            }
            return SplitInputs.of(model, readers);
        } catch (IOException | NpyFormatException | RuntimeException e) {
            closeAll(new ArrayList<>(readers.values()));
            throw e;
        }
    }

    /**
     * A per-event output has one row per event of the batch; otherwise the message names the output, what the
     * descriptor declares and what the model produced (the caller adds the model).
     */
    private static void requireEventAxis(OutputSpec spec, Tensor produced, long events) throws ModelExecutionException {
        long[] shape = produced.shape();
        if (shape.length == 0 || shape[0] != events) {
            throw new ModelExecutionException(
                    "output " + spec.name() + ": the descriptor declares shape " + spec.shape()
                            + " with the events on the first axis, but on a batch of " + events
                            + " events the model produced shape "
                            + java.util.Arrays.toString(shape) + (shape.length == 0 ? " (a scalar)" : "")
                            + "; if this output has no event axis, declare per_event: false");
        }
    }

    private static void closeAll(List<? extends java.io.Closeable> closeables) throws IOException {
        IOException first = null;
        for (java.io.Closeable closeable : closeables) {
            try {
                closeable.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * The model-ready values of one input: the user's file as it is, or the physical values normalised as the capsule
     * declares, which must then equal the user's file bit for bit.
     */
    private static Path readyInput(String modelId, PackPlan.InputPlan input, WorkFolder work, NpyLimits limits)
            throws IOException, PackException {
        if (input.raw().isEmpty()) {
            ReferenceTensors.open(input.given().orElseThrow(), input.spec(), false, limits)
                    .close();
            return input.given().get();
        }
        Path normalised = work.resolve(
                modelId + "-input-" + BagNames.fileNameFor(input.spec().name()) + ".npy");
        InputNormaliser normaliser = normaliser(modelId, input);
        try (NpyReader raw = ReferenceTensors.open(input.raw().get(), input.spec(), true, limits)) {
            long[] shape = raw.header().shape();
            try (NpyWriter writer = NpyWriter.create(normalised, input.spec().type(), shape)) {
                while (raw.rowsLeft() > 0) {
                    writer.write(normaliser.apply(raw.readRows(PackOptions.DEFAULT_BATCH_SIZE)));
                }
            }
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
        if (input.given().isPresent()) {
            requireSameValues(input, normalised, limits);
        }
        return normalised;
    }

    private static InputNormaliser normaliser(String modelId, PackPlan.InputPlan input) throws PackException {
        try {
            return InputNormaliser.of(input.spec());
        } catch (IllegalArgumentException e) {
            throw new PackException("model " + modelId + ": " + e.getMessage(), e);
        }
    }

    private static void requireSameValues(PackPlan.InputPlan input, Path normalised, NpyLimits limits)
            throws IOException, PackException {
        Path given = input.given().orElseThrow();
        try (NpyReader expected = ReferenceTensors.open(given, input.spec(), false, limits);
                NpyReader computed =
                        NpyReader.open(normalised, normalised.getFileName().toString(), limits)) {
            if (!Arrays.equals(expected.header().shape(), computed.header().shape())) {
                throw new PackException(given + " has shape "
                        + Arrays.toString(expected.header().shape()) + ", but the raw reference values have shape "
                        + Arrays.toString(computed.header().shape()));
            }
            long features = input.spec().features().size();
            long row = 0;
            while (expected.rowsLeft() > 0) {
                Tensor a = expected.readRows(PackOptions.DEFAULT_BATCH_SIZE);
                Tensor b = computed.readRows(PackOptions.DEFAULT_BATCH_SIZE);
                int differing =
                        firstDifferentElement(a.data(), b.data(), a.type().byteWidth());
                if (differing >= 0) {
                    long element = row * features + differing;
                    throw new PackException(
                            given + " does not hold the raw reference values normalised as declared: event "
                                    + (element / features) + ", feature "
                                    + input.spec()
                                            .features()
                                            .get((int) (element % features))
                                            .name()
                                    + " is " + a.doubleAt(differing) + " in the file but " + b.doubleAt(differing)
                                    + " by the declared formula "
                                    + input.spec()
                                            .features()
                                            .get((int) (element % features))
                                            .normalisation()
                                            .map(n -> n.formula())
                                            .orElse("?"));
                }
                row += a.rows();
            }
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
    }

    /** The training framework's outputs must have the type and shape of the outputs just computed. */
    private static void requireSameLayout(Path expected, Path computed, NpyLimits limits)
            throws IOException, PackException {
        try (NpyReader theirs = NpyReader.open(expected, expected.getFileName().toString(), limits);
                NpyReader ours = NpyReader.open(computed, computed.getFileName().toString(), limits)) {
            if (theirs.header().type() != ours.header().type()
                    || !Arrays.equals(theirs.header().shape(), ours.header().shape())) {
                throw new PackException(
                        expected + " holds " + theirs.header().type().descriptorName()
                                + Arrays.toString(theirs.header().shape())
                                + ", but the model's outputs on the reference inputs are "
                                + ours.header().type().descriptorName()
                                + Arrays.toString(ours.header().shape()));
            }
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
    }

    private static int firstDifferentElement(byte[] a, byte[] b, int width) {
        int mismatch = Arrays.mismatch(a, b);
        return mismatch < 0 ? -1 : mismatch / width;
    }
}

package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.Finding;
import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.interpreter.PortableWitness;
import hep.capsule.internal.interpreter.plan.StaticMemoryCheck;
import hep.capsule.internal.plots.WorkingPointLines;
import hep.capsule.internal.runner.InputNormaliser;
import hep.capsule.internal.runner.InterfaceCheck;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.Packing;
import hep.capsule.internal.schema.RuntimeRecord;
import hep.capsule.internal.schema.Tolerance;
import hep.capsule.internal.schema.cutflow.CutDecisions;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import hep.capsule.internal.verifier.compare.ComparisonResult;
import hep.capsule.internal.verifier.compare.Cut;
import hep.capsule.internal.verifier.compare.TensorComparison;
import hep.capsule.internal.verifier.report.Execution;
import hep.capsule.internal.verifier.report.OutputDistribution;
import hep.capsule.internal.verifier.report.OutputReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Steps 4 and 5 for one model. The archived model loads in its main runtime, and in the portable witness where the
 * capsule stores the witness's outputs, and each declares the inputs and outputs the capsule describes. Then physical
 * reference values are normalised again and compared with the stored model-ready inputs, and every engine recomputes
 * every output, with the settings recorded at packing, for a bit-by-bit comparison with what it stored.
 *
 * <p>Verdict rules for the main runtime's outputs: bit-identical, or within a tolerance the capsule declares, or, on
 * another kind of machine than the packing one, differing while the witness reproduces its outputs bit for bit and no
 * cut decision changes.
 */
final class Reproduction implements AutoCloseable {
    private final StoredTensors tensors;
    private final ModelSpec model;
    private final Optional<ModelSpec> original;
    private final ModelRunner main;
    private final Optional<ModelRunner> witness;

    private Reproduction(
            StoredTensors tensors,
            ModelSpec model,
            Optional<ModelSpec> original,
            ModelRunner main,
            Optional<ModelRunner> witness) {
        this.tensors = tensors;
        this.model = model;
        this.original = original;
        this.main = main;
        this.witness = witness;
    }

    /**
     * Loads the model in its engines and checks their interfaces.
     *
     * @param original for a twin, the model it is the twin of: the twin is also compared with the original's stored
     *     outputs, at the original's working points
     */
    static Reproduction load(
            StoredTensors tensors,
            ModelSpec model,
            Optional<ModelSpec> original,
            Packing packing,
            ModelMemoryBudget budget)
            throws IOException, CheckFailed {
        byte[] bytes;
        try {
            bytes = tensors.archive().require(model.file()).readAllBytes();
        } catch (InvalidArchiveException e) {
            throw CheckFailed.invalid(FindingCode.NAMED_FILE_MISSING, model.file(), "the model file is missing");
        }
        if (model.format() == ModelFormat.ONNX) {
            sizeBeforeRunning(tensors, model, bytes, packing, budget);
        }
        ModelRunner main =
                open(model, FindingCode.MODEL_DOES_NOT_LOAD, () -> ModelRunners.open(model, bytes, model.file()));
        Optional<ModelRunner> witness = Optional.empty();
        try {
            if (hasWitnessOutputs(model)) {
                witness = Optional.of(open(
                        model,
                        FindingCode.WITNESS_DOES_NOT_LOAD,
                        () -> PortableWitness.open(model.format(), bytes, model.file(), budget)
                                .orElseThrow(() -> new ModelExecutionException(
                                        "the capsule stores witness outputs, but this format has no witness"))));
            }
        } catch (CheckFailed e) {
            main.close();
            throw e;
        }
        return new Reproduction(tensors, model, original, main, witness);
    }

    /**
     * Sizes every tensor of an ONNX model at the largest batch recorded for it, before any runtime loads it
     * (onnxruntime already folds constants while it loads a model).
     */
    private static void sizeBeforeRunning(
            StoredTensors tensors, ModelSpec model, byte[] bytes, Packing packing, ModelMemoryBudget budget)
            throws IOException, CheckFailed {
        long batch = packing.runtimes().stream()
                .filter(r -> r.model().equals(model.id()))
                .map(r -> r.settings().get("batch_size"))
                .filter(v -> v != null && v.matches("[1-9][0-9]{0,9}"))
                .mapToLong(Long::parseLong)
                .max()
                .orElse(0);
        if (batch == 0) {
            return; // no valid batch size: the reproduction refuses the capsule, naming capsule.json
        }
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (InputSpec input : model.inputs()) {
            if (input.reference().isPresent()) {
                try (NpyReader reader = tensors.open(input.reference().get())) {
                    shapes.put(input.name(), reader.header().shape());
                }
            }
        }
        try {
            StaticMemoryCheck.check(
                    bytes,
                    StaticMemoryCheck.batchShapes(shapes, batch),
                    budget,
                    "model " + model.id() + " (" + model.file() + ")");
        } catch (ModelMemoryExceededException e) {
            throw CheckFailed.invalid(
                    FindingCode.MODEL_MEMORY_EXCEEDED,
                    model.file(),
                    e.getMessage() + "; at a batch of " + batch
                            + " events, the largest batch capsule.json records for it");
        }
    }

    private interface Opener {
        ModelRunner open() throws ModelExecutionException;
    }

    /** @param notLoading the code of the finding when the engine does not load the model */
    private static ModelRunner open(ModelSpec model, FindingCode notLoading, Opener opener) throws CheckFailed {
        ModelRunner runner;
        try {
            runner = opener.open();
        } catch (ModelMemoryExceededException e) {
            throw CheckFailed.invalid(
                    FindingCode.MODEL_MEMORY_EXCEEDED, model.file(), "the model does not load: " + e.getMessage());
        } catch (ModelExecutionException e) {
            throw CheckFailed.invalid(notLoading, model.file(), "the model does not load: " + e.getMessage());
        }
        List<String> disagreements = InterfaceCheck.disagreements(model, runner.signature());
        if (!disagreements.isEmpty()) {
            runner.close();
            throw new CheckFailed(
                    hep.capsule.internal.verifier.report.Verdict.INVALID,
                    disagreements.stream()
                            .map(d -> new Finding(
                                    FindingCode.MODEL_INTERFACE_MISMATCH,
                                    model.file(),
                                    d + " (" + runner.settings().runtime() + ")"))
                            .toList());
        }
        return runner;
    }

    private static boolean hasWitnessOutputs(ModelSpec model) {
        return model.outputs().stream().anyMatch(o -> o.storedWitnessReference().isPresent());
    }

    String modelId() {
        return model.id();
    }

    List<String> engines() {
        List<String> engines = new ArrayList<>(
                List.of(main.settings().runtime() + " " + main.settings().version()));
        witness.ifPresent(
                w -> engines.add(w.settings().runtime() + " " + w.settings().version()));
        return engines;
    }

    List<ModelRunner> runners() {
        List<ModelRunner> runners = new ArrayList<>(List.of(main));
        witness.ifPresent(runners::add);
        return runners;
    }

    /**
     * What reproducing a model found.
     *
     * @param outputs each comparison
     * @param executions each engine's run, timed
     * @param main the working-point decisions of the main runtime's recomputed outputs, by output name
     * @param witness the same for the portable witness, when it ran
     * @param distributions each output's distribution, packed and re-executed by the main runtime
     */
    record Reproduced(
            List<OutputReport> outputs,
            List<Execution> executions,
            Map<String, CutDecisions> main,
            Map<String, CutDecisions> witness,
            List<OutputDistribution> distributions) {}

    /**
     * @param otherKindOfMachine whether this machine differs from the packing one in what can change the main runtime's
     *     bits
     * @param cutOutputs the outputs some cutflow cuts on, whose decisions are collected
     */
    Reproduced reproduce(
            Packing packing, boolean otherKindOfMachine, VerificationProgress progress, Set<String> cutOutputs)
            throws IOException, CheckFailed {
        List<OutputReport> reports = new ArrayList<>();
        for (InputSpec input : model.inputs()) {
            if (input.rawReference().isPresent()) {
                reports.add(renormalise(input, batchSize(packing, main)));
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        model.inputs()
                .forEach(input -> inputs.put(input.name(), input.reference().orElseThrow()));
        Map<String, String> types = new LinkedHashMap<>();
        model.outputs().forEach(output -> types.put(output.name(), output.type().descriptorName()));

        List<OutputReport> witnessReports = List.of();
        List<Execution> executions = new ArrayList<>();
        Map<String, CutDecisions> mainDecisions = decisions(cutOutputs, "recomputed");
        Map<String, CutDecisions> witnessDecisions =
                witness.isPresent() ? decisions(cutOutputs, "recomputed by the witness") : Map.of();
        if (witness.isPresent()) {
            Map<String, List<EngineRun.Target>> targets = new LinkedHashMap<>();
            for (OutputSpec output : model.outputs()) {
                targets.put(
                        output.name(),
                        List.of(new EngineRun.Target(
                                OutputReport.Kind.WITNESS_OUTPUT,
                                output.storedWitnessReference().orElseThrow(),
                                cuts(output),
                                result -> false)));
            }
            EngineRun.Result witnessRun = EngineRun.run(
                    tensors,
                    model,
                    witness.get(),
                    inputs,
                    batchSize(packing, witness.get()),
                    targets,
                    types,
                    Map.of(),
                    progress,
                    witnessDecisions);
            witnessReports = witnessRun.outputs();
            executions.add(witnessRun.execution());
        }
        Map<String, List<EngineRun.Target>> targets = new LinkedHashMap<>();
        for (OutputSpec output : model.outputs()) {
            boolean witnessExact = witnessReports.stream()
                    .anyMatch(r ->
                            r.tensor().equals(output.name()) && r.comparison().isBitExact());
            List<EngineRun.Target> list = new ArrayList<>();
            list.add(new EngineRun.Target(
                    OutputReport.Kind.REFERENCE_OUTPUT,
                    output.storedReference().orElseThrow(),
                    cuts(output),
                    acceptable(output, otherKindOfMachine && witnessExact)));
            output.storedWitnessReference()
                    .ifPresent(path -> list.add(new EngineRun.Target(
                            OutputReport.Kind.MAIN_RUNTIME_AGAINST_WITNESS,
                            path,
                            cuts(output),
                            result -> !result.anyCutChanged())));
            output.expected()
                    .ifPresent(expected -> list.add(new EngineRun.Target(
                            OutputReport.Kind.TRAINING_FRAMEWORK_OUTPUT,
                            expected.file(),
                            List.of(),
                            result -> result.nanMismatches() == 0 && result.maxAbsolute() <= expected.maxAbsolute())));
            original.ifPresent(of -> list.add(new EngineRun.Target(
                    OutputReport.Kind.TWIN_AGAINST_ORIGINAL,
                    originalOutput(output).storedReference().orElseThrow(),
                    cuts(output),
                    result -> result.nanMismatches() == 0 && !result.anyCutChanged())));
            targets.put(output.name(), list);
        }
        Map<String, OutputOverlay> overlays = new LinkedHashMap<>();
        for (OutputSpec output : model.outputs()) {
            overlays.put(
                    output.name(),
                    OutputOverlay.of(
                            tensors,
                            model.id(),
                            output.name(),
                            output.storedReference().orElseThrow(),
                            WorkingPointLines.of(originalOutput(output).workingPoints())));
        }
        EngineRun.Result mainRun = EngineRun.run(
                tensors,
                model,
                main,
                inputs,
                batchSize(packing, main),
                targets,
                types,
                overlays,
                progress,
                mainDecisions);
        reports.addAll(mainRun.outputs());
        reports.addAll(witnessReports);
        executions.add(0, mainRun.execution());
        return new Reproduced(reports, executions, mainDecisions, witnessDecisions, mainRun.distributions());
    }
    /** A collector of the decisions of every output some cutflow cuts on that has working points. */
    private Map<String, CutDecisions> decisions(Set<String> cutOutputs, String engine) {
        Map<String, CutDecisions> decisions = new LinkedHashMap<>();
        for (OutputSpec output : model.outputs()) {
            List<hep.capsule.internal.schema.WorkingPoint> points =
                    originalOutput(output).workingPoints();
            if (cutOutputs.contains(output.name()) && !points.isEmpty()) {
                decisions.put(
                        output.name(),
                        new CutDecisions("model " + model.id() + ", output " + output.name() + " " + engine, points));
            }
        }
        return decisions;
    }

    /**
     * When the main runtime's outputs may differ from the stored ones: within a declared tolerance, or, when the
     * difference is explained by another kind of machine and the witness reproduced bit for bit, as long as no cut
     * decision changed.
     */
    private static Predicate<ComparisonResult> acceptable(OutputSpec output, boolean explainedByMachine) {
        return result -> withinDeclaredTolerance(result, output) || (explainedByMachine && !result.anyCutChanged());
    }

    private OutputReport renormalise(InputSpec input, int batchSize) throws IOException, CheckFailed {
        String rawPath = input.rawReference().orElseThrow();
        String readyPath = input.reference().orElseThrow();
        TensorComparison comparison = new TensorComparison(input.type(), List.of());
        try (NpyReader raw = tensors.open(rawPath);
                NpyReader ready = tensors.open(readyPath)) {
            if (raw.rowsLeft() != ready.rowsLeft()) {
                throw CheckFailed.invalid(
                        FindingCode.EVENT_COUNT_MISMATCH,
                        rawPath,
                        "has " + raw.rowsLeft() + " events, " + readyPath + " has " + ready.rowsLeft());
            }
            InputNormaliser normaliser = InputNormaliser.of(input);
            while (raw.rowsLeft() > 0) {
                Tensor recomputed = normaliser.apply(raw.readRows(batchSize));
                comparison.add(ready.readRows((int) recomputed.rows()), recomputed);
            }
        } catch (NpyFormatException | IllegalArgumentException e) {
            throw CheckFailed.invalid(FindingCode.NPY_MALFORMED, rawPath, e.getMessage());
        }
        ComparisonResult result = comparison.result();
        return new OutputReport(
                model.id(),
                input.name(),
                OutputReport.Kind.NORMALISED_INPUT,
                input.type().descriptorName(),
                result,
                result.isBitExact());
    }

    private int batchSize(Packing packing, ModelRunner runner) throws CheckFailed {
        RuntimeRecord record = packing.runtimes().stream()
                .filter(r -> r.model().equals(model.id())
                        && r.runtime().equals(runner.settings().runtime()))
                .findFirst()
                .orElseThrow(() -> CheckFailed.invalid(
                        FindingCode.RUNTIME_RECORD_MISSING,
                        "capsule.json",
                        "records no " + runner.settings().runtime() + " run for model " + model.id()));
        String value = record.settings().get("batch_size");
        try {
            int size = Integer.parseInt(value);
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw CheckFailed.invalid(
                    FindingCode.BATCH_SIZE_INVALID,
                    "capsule.json",
                    "model " + model.id() + " records no valid batch_size (found " + value + ")");
        }
    }

    /** The original's output of the same name, for a twin; the output itself otherwise. */
    private OutputSpec originalOutput(OutputSpec output) {
        return original.flatMap(of -> of.outputs().stream()
                        .filter(o -> o.name().equals(output.name()))
                        .findFirst())
                .orElse(output);
    }

    /** The working points of an output: for a twin, its original's. */
    private List<Cut> cuts(OutputSpec output) {
        return originalOutput(output).workingPoints().stream()
                .map(wp -> new Cut(
                        wp.name(), "output " + wp.operator().descriptorName() + " " + wp.threshold(), wp::passes))
                .toList();
    }

    static boolean withinDeclaredTolerance(ComparisonResult result, OutputSpec output) {
        if (output.tolerance().isEmpty() || result.nanMismatches() > 0) {
            return false;
        }
        Tolerance tolerance = output.tolerance().get();
        boolean ulpOk = tolerance.maxUlp().isEmpty()
                || result.maxUlp() <= tolerance.maxUlp().getAsLong();
        boolean absoluteOk = tolerance.maxAbsolute().isEmpty()
                || result.maxAbsolute() <= tolerance.maxAbsolute().getAsDouble();
        return ulpOk && absoluteOk;
    }

    @Override
    public void close() {
        main.close();
        witness.ifPresent(ModelRunner::close);
    }
}

package hep.capsule.verifier;

import hep.capsule.runner.BatchedRun;
import hep.capsule.runner.InputNormaliser;
import hep.capsule.runner.InterfaceCheck;
import hep.capsule.runner.ModelExecutionException;
import hep.capsule.runner.ModelRunner;
import hep.capsule.runner.ModelRunners;
import hep.capsule.schema.InputSpec;
import hep.capsule.schema.ModelSpec;
import hep.capsule.schema.OutputSpec;
import hep.capsule.schema.RuntimeRecord;
import hep.capsule.schema.Tolerance;
import hep.capsule.schema.WorkingPoint;
import hep.capsule.tensor.NpyFormatException;
import hep.capsule.tensor.NpyReader;
import hep.capsule.tensor.Tensor;
import hep.capsule.verifier.archive.ReadArchive;
import hep.capsule.verifier.compare.ComparisonResult;
import hep.capsule.verifier.compare.Cut;
import hep.capsule.verifier.compare.TensorComparison;
import hep.capsule.verifier.report.OutputReport;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 4 and 5 for one model: the archived model loads and declares the inputs and outputs the
 * capsule describes; then every reference output is recomputed, with the settings recorded at
 * packing, and compared bit by bit with the stored one. Physical reference values, where the
 * capsule has them, are normalised again and compared with the stored model-ready inputs.
 */
final class Reproduction {
    private final ReadArchive archive;
    private final ModelSpec model;
    private final RuntimeRecord packedWith;

    private Reproduction(ReadArchive archive, ModelSpec model, RuntimeRecord packedWith) {
        this.archive = archive;
        this.model = model;
        this.packedWith = packedWith;
    }

    /** Loads the model and checks its interface; the caller closes the runner. */
    static ModelRunner load(ReadArchive archive, ModelSpec model) throws IOException, CheckFailed {
        ModelRunner runner;
        try {
            runner = ModelRunners.open(model.format(), archive.require(model.file()).readAllBytes(), model.file());
        } catch (ModelExecutionException e) {
            throw CheckFailed.invalid(model.file(), "the model does not load: " + e.getMessage());
        } catch (hep.capsule.verifier.archive.InvalidArchiveException e) {
            throw CheckFailed.invalid(model.file(), "the model file is missing");
        }
        List<String> disagreements = InterfaceCheck.disagreements(model, runner.signature());
        if (!disagreements.isEmpty()) {
            runner.close();
            throw new CheckFailed(hep.capsule.verifier.report.Verdict.INVALID, disagreements);
        }
        return runner;
    }

    static List<OutputReport> reproduce(ReadArchive archive, ModelSpec model, RuntimeRecord packedWith, ModelRunner runner)
            throws IOException, CheckFailed {
        return new Reproduction(archive, model, packedWith).run(runner);
    }

    private List<OutputReport> run(ModelRunner runner) throws IOException, CheckFailed {
        List<OutputReport> reports = new ArrayList<>();
        for (InputSpec input : model.inputs()) {
            if (input.rawReference().isPresent()) {
                reports.add(renormalise(input));
            }
        }
        Map<String, NpyReader> inputs = new LinkedHashMap<>();
        Map<String, NpyReader> stored = new LinkedHashMap<>();
        Map<String, TensorComparison> comparisons = new LinkedHashMap<>();
        Map<String, NpyReader> expected = new LinkedHashMap<>();
        Map<String, TensorComparison> frameworkComparisons = new LinkedHashMap<>();
        try {
            for (InputSpec input : model.inputs()) {
                inputs.put(input.name(), StoredTensors.open(archive, input.reference().orElseThrow()));
            }
            for (OutputSpec output : model.outputs()) {
                stored.put(output.name(), StoredTensors.open(archive, output.storedReference().orElseThrow()));
                comparisons.put(output.name(), new TensorComparison(output.type(), cuts(output)));
                if (output.expected().isPresent()) {
                    expected.put(output.name(), StoredTensors.open(archive, output.expected().get().file()));
                    frameworkComparisons.put(output.name(), new TensorComparison(output.type(), cuts(output)));
                }
            }
            BatchedRun.run(runner, inputs, batchSize(), (first, in, out) -> {
                for (Map.Entry<String, Tensor> result : out.entrySet()) {
                    NpyReader reference = stored.get(result.getKey());
                    int rows = (int) result.getValue().rows();
                    comparisons.get(result.getKey()).add(reference.readRows(rows), result.getValue());
                    NpyReader framework = expected.get(result.getKey());
                    if (framework != null) {
                        frameworkComparisons.get(result.getKey()).add(framework.readRows(rows), result.getValue());
                    }
                }
            });
            for (OutputSpec output : model.outputs()) {
                if (stored.get(output.name()).rowsLeft() != 0) {
                    throw CheckFailed.invalid(output.storedReference().get(), "holds more events than the reference inputs");
                }
                ComparisonResult result = comparisons.get(output.name()).result();
                reports.add(new OutputReport(model.id(), output.name(), OutputReport.Kind.REFERENCE_OUTPUT,
                        output.type().descriptorName(), result, withinTolerance(result, output)));
            }
            for (OutputSpec output : model.outputs()) {
                if (frameworkComparisons.containsKey(output.name())) {
                    ComparisonResult result = frameworkComparisons.get(output.name()).result();
                    boolean within = result.nanMismatches() == 0 && result.maxAbsolute() <= output.expected().get().maxAbsolute();
                    reports.add(new OutputReport(model.id(), output.name(), OutputReport.Kind.TRAINING_FRAMEWORK_OUTPUT,
                            output.type().descriptorName(), result, within));
                }
            }
        } catch (ModelExecutionException e) {
            throw CheckFailed.invalid(model.file(), "the model failed on the reference inputs: " + e.getMessage());
        } catch (NpyFormatException e) {
            throw CheckFailed.invalid(model.id(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CheckFailed.invalid(model.id(), "the recomputed outputs do not fit the stored ones: " + e.getMessage());
        } finally {
            closeAll(inputs.values());
            closeAll(stored.values());
            closeAll(expected.values());
        }
        return reports;
    }

    private OutputReport renormalise(InputSpec input) throws IOException, CheckFailed {
        String rawPath = input.rawReference().orElseThrow();
        String readyPath = input.reference().orElseThrow();
        TensorComparison comparison = new TensorComparison(input.type(), List.of());
        try (NpyReader raw = StoredTensors.open(archive, rawPath); NpyReader ready = StoredTensors.open(archive, readyPath)) {
            if (raw.rowsLeft() != ready.rowsLeft()) {
                throw CheckFailed.invalid(rawPath, "has " + raw.rowsLeft() + " events, " + readyPath + " has " + ready.rowsLeft());
            }
            InputNormaliser normaliser = InputNormaliser.of(input);
            while (raw.rowsLeft() > 0) {
                Tensor recomputed = normaliser.apply(raw.readRows(batchSize()));
                comparison.add(ready.readRows((int) recomputed.rows()), recomputed);
            }
        } catch (NpyFormatException e) {
            throw CheckFailed.invalid(rawPath, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CheckFailed.invalid(rawPath, e.getMessage());
        }
        ComparisonResult result = comparison.result();
        return new OutputReport(model.id(), input.name(), OutputReport.Kind.NORMALISED_INPUT, input.type().descriptorName(),
                result, result.isBitExact());
    }

    private int batchSize() throws CheckFailed {
        String value = packedWith.settings().get("batch_size");
        try {
            int size = Integer.parseInt(value);
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw CheckFailed.invalid("capsule.json", "model " + model.id() + " records no valid batch_size (found " + value + ")");
        }
    }

    private static List<Cut> cuts(OutputSpec output) {
        return output.workingPoints().stream()
                .map(wp -> new Cut(wp.name(), describe(wp), wp::passes))
                .toList();
    }

    private static String describe(WorkingPoint wp) {
        return "output " + wp.operator().descriptorName() + " " + wp.threshold();
    }

    static boolean withinTolerance(ComparisonResult result, OutputSpec output) {
        if (result.isBitExact()) {
            return true;
        }
        if (output.tolerance().isEmpty() || result.nanMismatches() > 0) {
            return false;
        }
        Tolerance tolerance = output.tolerance().get();
        boolean ulpOk = tolerance.maxUlp().isEmpty() || result.maxUlp() <= tolerance.maxUlp().getAsLong();
        boolean absoluteOk = tolerance.maxAbsolute().isEmpty() || result.maxAbsolute() <= tolerance.maxAbsolute().getAsDouble();
        return ulpOk && absoluteOk;
    }

    private static void closeAll(Iterable<? extends Closeable> closeables) throws IOException {
        for (Closeable closeable : closeables) {
            closeable.close();
        }
    }
}

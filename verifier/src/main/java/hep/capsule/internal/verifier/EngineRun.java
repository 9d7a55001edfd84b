package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.runner.BatchedRun;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryExceededException;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.SplitInputs;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
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
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One engine run over a model's stored reference inputs, batch by batch, with each output compared bit by bit against
 * every stored tensor it must be measured against.
 */
final class EngineRun {
    /**
     * A stored tensor that an output is compared with.
     *
     * @param kind what the comparison is about
     * @param bagPath the stored tensor
     * @param cuts the working points whose decisions are compared
     * @param withinTolerance the rule for differences that are acceptable (only used when not bit-exact)
     */
    record Target(
            OutputReport.Kind kind, String bagPath, List<Cut> cuts, Predicate<ComparisonResult> withinTolerance) {}

    /**
     * What one run found.
     *
     * @param outputs each comparison
     * @param execution the run's events and time
     * @param distributions the distributions of the outputs that had an overlay
     */
    record Result(List<OutputReport> outputs, Execution execution, List<OutputDistribution> distributions) {}

    private EngineRun() {}

    /**
     * @param inputs the stored model-ready inputs, by input name
     * @param targets per output name, what to compare it with
     * @param overlays per output name, the distribution its re-executed values are added to (none for some outputs)
     * @param progress told of every batch's events
     * @param decisions per output name, where the working-point decisions of the recomputed outputs are collected (for
     *     cutflows)
     */
    static Result run(
            StoredTensors tensors,
            ModelSpec model,
            ModelRunner runner,
            Map<String, String> inputs,
            int batchSize,
            Map<String, List<Target>> targets,
            Map<String, String> types,
            Map<String, OutputOverlay> overlays,
            VerificationProgress progress,
            Map<String, CutDecisions> decisions)
            throws IOException, CheckFailed {
        Map<String, NpyReader> readers = new LinkedHashMap<>();
        Map<Target, NpyReader> stored = new LinkedHashMap<>();
        Map<Target, TensorComparison> comparisons = new LinkedHashMap<>();
        Set<String> wholeOutputs = model.outputs().stream()
                .filter(o -> !o.perEvent())
                .map(OutputSpec::name)
                .collect(Collectors.toSet());
        long start = System.nanoTime();
        try {
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                readers.put(input.getKey(), tensors.open(input.getValue()));
            }
            for (List<Target> list : targets.values()) {
                for (Target target : list) {
                    NpyReader reader = tensors.open(target.bagPath());
                    stored.put(target, reader);
                    comparisons.put(target, new TensorComparison(reader.header().type(), target.cuts()));
                }
            }
            SplitInputs split = SplitInputs.of(model, readers);
            long events = BatchedRun.run(runner, split.perEvent(), split.whole(), batchSize, (first, in, out) -> {
                for (Map.Entry<String, Tensor> result : out.entrySet()) {
                    if (decisions.containsKey(result.getKey())) {
                        decisions.get(result.getKey()).add(result.getValue());
                    }
                    if (overlays.containsKey(result.getKey())) {
                        overlays.get(result.getKey()).add(result.getValue());
                    }
                    boolean whole = wholeOutputs.contains(result.getKey());
                    for (Target target : targets.getOrDefault(result.getKey(), List.of())) {
                        NpyReader reader = stored.get(target);
                        comparisons
                                .get(target)
                                .add(
                                        whole
                                                ? reader.readAll()
                                                : reader.readRows(
                                                        (int) result.getValue().rows()),
                                        result.getValue());
                    }
                }
                progress.executed(Math.min(batchSize, split.events() - first));
            });
            List<OutputReport> reports = new ArrayList<>();
            for (Map.Entry<String, List<Target>> output : targets.entrySet()) {
                for (Target target : output.getValue()) {
                    if (stored.get(target).rowsLeft() != 0) {
                        throw CheckFailed.invalid(
                                FindingCode.STORED_TENSOR_TOO_LONG,
                                target.bagPath(),
                                "holds more events than the reference inputs");
                    }
                    ComparisonResult result = comparisons.get(target).result();
                    reports.add(new OutputReport(
                            model.id(),
                            output.getKey(),
                            target.kind(),
                            types.get(output.getKey()),
                            result,
                            result.isBitExact() || target.withinTolerance().test(result)));
                }
            }
            return new Result(
                    reports,
                    new Execution(
                            model.id(),
                            runner.settings().runtime() + " "
                                    + runner.settings().version(),
                            events,
                            (System.nanoTime() - start) / 1e9),
                    overlays.values().stream()
                            .flatMap(o -> o.distributions().stream())
                            .toList());
        } catch (ModelMemoryExceededException e) {
            throw CheckFailed.invalid(
                    FindingCode.MODEL_MEMORY_EXCEEDED,
                    model.id(),
                    runner.settings().runtime() + " failed on the reference inputs: " + e.getMessage());
        } catch (ModelExecutionException e) {
            throw CheckFailed.invalid(
                    FindingCode.RUNTIME_FAILED,
                    model.id(),
                    runner.settings().runtime() + " failed on the reference inputs: " + e.getMessage());
        } catch (NpyFormatException e) {
            throw CheckFailed.invalid(FindingCode.NPY_MALFORMED, model.id(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CheckFailed.invalid(
                    FindingCode.OUTPUT_SHAPE_MISMATCH,
                    model.id(),
                    "the recomputed outputs do not fit the stored ones: " + e.getMessage());
        } finally {
            closeAll(readers.values());
            closeAll(stored.values());
        }
    }

    private static void closeAll(Iterable<? extends Closeable> closeables) throws IOException {
        for (Closeable closeable : closeables) {
            closeable.close();
        }
    }
}

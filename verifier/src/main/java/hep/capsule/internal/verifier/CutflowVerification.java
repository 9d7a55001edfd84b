package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.WorkingPoint;
import hep.capsule.internal.schema.cutflow.CutDecisions;
import hep.capsule.internal.schema.cutflow.CutflowDerivation;
import hep.capsule.internal.schema.cutflow.CutflowException;
import hep.capsule.internal.schema.cutflow.CutflowInputs;
import hep.capsule.internal.schema.cutflow.DerivedCutflow;
import hep.capsule.internal.schema.cutflow.DerivedStage;
import hep.capsule.internal.schema.cutflow.StageYield;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.verifier.report.ChangedEvent;
import hep.capsule.internal.verifier.report.CutflowReport;
import hep.capsule.internal.verifier.report.StageReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The physics half of reproduction: re-derives every {@code reference_events} cutflow from the re-executed outputs (of
 * the main runtime, and of the portable witness where it ran every cut model) and from the stored outputs, and compares
 * each stage with the numbers capsule.json records. Paper cutflows are carried into the report as they are.
 */
final class CutflowVerification {
    /** How many changed events a stage names; the rest are counted. */
    static final int NAMED_CHANGES = 10;

    private final Descriptor descriptor;
    private final StoredTensors tensors;
    private final CutflowDerivation derivation;

    CutflowVerification(Descriptor descriptor, StoredTensors tensors) {
        this.descriptor = descriptor;
        this.tensors = tensors;
        this.derivation = new CutflowDerivation(descriptor);
    }

    /** The output names some re-derived cutflow cuts on. */
    Set<String> cutOutputs() {
        Set<String> outputs = new HashSet<>();
        derivation
                .rederived()
                .forEach(c -> c.stages().forEach(s -> s.cut().ifPresent(cut -> outputs.add(cut.output()))));
        return outputs;
    }

    /**
     * @param main per model id, the decisions of its re-executed outputs in the main runtime
     * @param witness per model id, those of the portable witness (models it did not run are absent)
     */
    List<CutflowReport> verify(
            Map<String, Map<String, CutDecisions>> main, Map<String, Map<String, CutDecisions>> witness)
            throws IOException, CheckFailed {
        List<CutflowReport> reports = new ArrayList<>();
        for (Cutflow cutflow : descriptor.cutflows()) {
            reports.add(
                    cutflow.isRederived(cutflow.firstCutStage()) ? rederive(cutflow, main, witness) : carried(cutflow));
        }
        return reports;
    }

    private CutflowReport carried(Cutflow cutflow) {
        List<StageReport> stages = new ArrayList<>();
        for (CutflowStage stage : cutflow.stages()) {
            stages.add(new StageReport(
                    stage.name(),
                    cut(stage),
                    false,
                    events(stage),
                    weighted(stage),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    0,
                    true));
        }
        return new CutflowReport(
                cutflow.name(),
                cutflow.description().orElse(""),
                cutflow.source().descriptorName(),
                cutflow.signalModel(),
                true,
                stages);
    }

    private CutflowReport rederive(
            Cutflow cutflow,
            Map<String, Map<String, CutDecisions>> main,
            Map<String, Map<String, CutDecisions>> witness)
            throws IOException, CheckFailed {
        try {
            DerivedCutflow stored = derivation.derive(cutflow, storedInputs());
            DerivedCutflow again = derivation.derive(cutflow, captured(main, "main runtime"));
            Optional<DerivedCutflow> byWitness = stored.eventModels().stream().allMatch(witness::containsKey)
                            && cutModels(cutflow).stream().allMatch(witness::containsKey)
                    ? Optional.of(derivation.derive(cutflow, captured(witness, "portable witness")))
                    : Optional.empty();
            List<StageReport> stages = new ArrayList<>();
            boolean reproduced = true;
            for (int s = 0; s < cutflow.stages().size(); s++) {
                CutflowStage stage = cutflow.stages().get(s);
                if (!cutflow.isRederived(s)) {
                    stages.add(new StageReport(
                            stage.name(),
                            cut(stage),
                            false,
                            events(stage),
                            weighted(stage),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            0,
                            true));
                    continue;
                }
                int index = s;
                StageReport report = compare(
                        cutflow, stage, find(stored, index), find(again, index), byWitness.map(w -> find(w, index)));
                reproduced &= report.reproduced();
                stages.add(report);
            }
            return new CutflowReport(
                    cutflow.name(),
                    cutflow.description().orElse(""),
                    cutflow.source().descriptorName(),
                    cutflow.signalModel(),
                    reproduced,
                    stages);
        } catch (CutflowException e) {
            throw CheckFailed.invalid(FindingCode.CUTFLOW_MALFORMED, "capsule.json", e.getMessage());
        }
    }

    private StageReport compare(
            Cutflow cutflow,
            CutflowStage stage,
            DerivedStage stored,
            DerivedStage again,
            Optional<DerivedStage> byWitness)
            throws IOException, CutflowException {
        StageYield recorded = new StageYield(
                stage.events().orElse(-1),
                stage.weighted().map(w -> w.doubleValue()).orElse(Double.NaN));
        List<ChangedEvent> changed = new ArrayList<>();
        long count = changes(stored, again, "the main runtime", changed);
        if (byWitness.isPresent()) {
            count += changes(stored, byWitness.get(), "the portable witness", changed);
        }
        boolean reproduced = recorded.sameAs(again.yield())
                && recorded.sameAs(stored.yield())
                && byWitness.map(w -> recorded.sameAs(w.yield())).orElse(true)
                && count == 0;
        return new StageReport(
                stage.name(),
                cut(stage),
                true,
                events(stage),
                weighted(stage),
                again.events(),
                again.weighted(),
                byWitness.map(DerivedStage::events).orElse(null),
                byWitness.map(DerivedStage::weighted).orElse(null),
                stored.events(),
                stored.weighted(),
                changed,
                count,
                reproduced);
    }

    /** Adds the first changed events (with their weights) to {@code changed}; returns how many changed in all. */
    private long changes(DerivedStage stored, DerivedStage again, String engine, List<ChangedEvent> changed)
            throws IOException, CutflowException {
        long count = 0;
        for (Map.Entry<String, BitSet> entry : stored.passes().entrySet()) {
            BitSet differ = (BitSet) entry.getValue().clone();
            differ.xor(again.passes().get(entry.getKey()));
            count += differ.cardinality();
            List<Long> named = new ArrayList<>();
            for (int i = differ.nextSetBit(0);
                    i >= 0 && changed.size() + named.size() < NAMED_CHANGES;
                    i = differ.nextSetBit(i + 1)) {
                named.add((long) i);
            }
            Map<Long, Double> weights = CutflowDerivation.weightsOf(entry.getKey(), named, storedInputs());
            for (Long event : named) {
                changed.add(new ChangedEvent(
                        entry.getKey(),
                        event,
                        weights.get(event),
                        entry.getValue().get(event.intValue()),
                        engine));
            }
        }
        return count;
    }

    private static DerivedStage find(DerivedCutflow cutflow, int index) {
        return cutflow.stages().stream()
                .filter(s -> s.index() == index)
                .findFirst()
                .orElseThrow();
    }

    private List<String> cutModels(Cutflow cutflow) {
        List<String> models = new ArrayList<>();
        cutflow.stages().forEach(s -> s.cut().ifPresent(cut -> models.add(cut.model())));
        return models;
    }

    private CutflowInputs storedInputs() {
        return new CutflowInputs() {
            @Override
            public CutDecisions decisions(String model, String output) throws IOException, CutflowException {
                OutputSpec spec = output(model, output);
                List<WorkingPoint> points =
                        derivation.workingPoints(model, output).orElseThrow();
                try (NpyReader reader = tensors.open(spec.storedReference().orElseThrow())) {
                    return CutDecisions.read(reader, "model " + model + ", stored output " + output, points);
                } catch (CheckFailed | NpyFormatException | IllegalArgumentException e) {
                    throw new CutflowException(spec.storedReference().orElseThrow() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Optional<NpyReader> weights(String model) throws IOException, CutflowException {
                Optional<String> file = descriptor.models().stream()
                        .filter(m -> m.id().equals(model))
                        .findFirst()
                        .flatMap(ModelSpec::referenceWeights);
                if (file.isEmpty()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(tensors.open(file.get()));
                } catch (CheckFailed e) {
                    throw new CutflowException(file.get() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private CutflowInputs captured(Map<String, Map<String, CutDecisions>> decisions, String engine) {
        CutflowInputs stored = storedInputs();
        return new CutflowInputs() {
            @Override
            public CutDecisions decisions(String model, String output) throws CutflowException {
                CutDecisions found = decisions.getOrDefault(model, Map.of()).get(output);
                if (found == null) {
                    throw new CutflowException(
                            "the " + engine + " gave no decisions for model " + model + ", output " + output);
                }
                return found;
            }

            @Override
            public Optional<NpyReader> weights(String model) throws IOException, CutflowException {
                return stored.weights(model);
            }
        };
    }

    private OutputSpec output(String model, String output) throws CutflowException {
        return descriptor.models().stream()
                .filter(m -> m.id().equals(model))
                .flatMap(m -> m.outputs().stream())
                .filter(o -> o.name().equals(output))
                .findFirst()
                .orElseThrow(() -> new CutflowException("model " + model + " has no output " + output));
    }

    private static String cut(CutflowStage stage) {
        return stage.cut().map(Object::toString).orElse(null);
    }

    private static Long events(CutflowStage stage) {
        return stage.events().isPresent() ? stage.events().getAsLong() : null;
    }

    private static Double weighted(CutflowStage stage) {
        return stage.weighted().map(w -> w.doubleValue()).orElse(null);
    }
}

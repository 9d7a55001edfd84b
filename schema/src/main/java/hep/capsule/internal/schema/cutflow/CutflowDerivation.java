package hep.capsule.internal.schema.cutflow;

import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.FoldAssignment;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.StageCut;
import hep.capsule.internal.schema.WorkingPoint;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-derives a {@code reference_events} cutflow: from the first stage with a cut on, an event passes a stage when it
 * passes every cut so far; {@code events} counts them and {@code weighted} sums their weights. With folds each event is
 * cut by the model that serves it, so a stage covers the reference events of every fold's model.
 */
public final class CutflowDerivation {
    /** Weights are read this many events at a time. */
    private static final int BATCH = 65536;

    private final Descriptor descriptor;

    public CutflowDerivation(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    public DerivedCutflow derive(Cutflow cutflow, CutflowInputs inputs) throws IOException, CutflowException {
        int first = cutflow.firstCutStage();
        if (!cutflow.isRederived(first)) {
            throw new IllegalArgumentException(
                    "cutflow " + cutflow.name() + " is not re-derived from the reference events");
        }
        List<String> eventModels = eventModels(cutflow, cutflow.stages().get(first));
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, BitSet> passing = new LinkedHashMap<>();
        List<StageBits> stages = new ArrayList<>();
        for (int s = first; s < cutflow.stages().size(); s++) {
            CutflowStage stage = cutflow.stages().get(s);
            if (stage.cut().isPresent()) {
                StageCut cut = stage.cut().get();
                List<String> models = eventModels(cutflow, stage);
                if (!models.equals(eventModels)) {
                    throw new CutflowException(
                            where(cutflow, stage) + ": its cut " + cut + " is on the reference events of "
                                    + models + ", but the first cut's events are those of " + eventModels
                                    + "; every cut of a cutflow"
                                    + " must be on the same events");
                }
                for (String eventModel : eventModels) {
                    String cutting = cuttingModel(cutflow, stage, eventModel);
                    CutDecisions decisions = inputs.decisions(cutting, cut.output());
                    Long known = counts.putIfAbsent(eventModel, decisions.events());
                    if (known != null && known != decisions.events()) {
                        throw new CutflowException(where(cutflow, stage) + ": model " + cutting + " has "
                                + decisions.events() + " reference events, but the cutflow's other cuts see " + known);
                    }
                    BitSet bits = decisions.passes(cut.workingPoint());
                    passing.merge(eventModel, bits, (a, b) -> {
                        a.and(b);
                        return a;
                    });
                }
            }
            Map<String, BitSet> snapshot = new LinkedHashMap<>();
            passing.forEach((model, bits) -> snapshot.put(model, (BitSet) bits.clone()));
            stages.add(new StageBits(s, stage.name(), snapshot));
        }
        double[] weighted = weigh(cutflow, eventModels, counts, stages, inputs);
        List<DerivedStage> derived = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageBits stage = stages.get(i);
            long events = stage.passes().values().stream()
                    .mapToLong(BitSet::cardinality)
                    .sum();
            derived.add(new DerivedStage(stage.index(), stage.name(), stage.passes(), events, weighted[i]));
        }
        return new DerivedCutflow(cutflow, eventModels, counts, derived);
    }

    /**
     * The working points of an output of a model (a twin's are its original's), or empty when there is no such output.
     */
    public Optional<List<WorkingPoint>> workingPoints(String modelId, String output) {
        Optional<ModelSpec> model =
                descriptor.models().stream().filter(m -> m.id().equals(modelId)).findFirst();
        String withPoints = model.flatMap(ModelSpec::twinOf).orElse(modelId);
        if (model.isEmpty()
                || model.get().outputs().stream().noneMatch(o -> o.name().equals(output))) {
            return Optional.empty();
        }
        return descriptor.models().stream()
                .filter(m -> m.id().equals(withPoints))
                .flatMap(m -> m.outputs().stream())
                .filter(o -> o.name().equals(output))
                .findFirst()
                .map(o -> o.workingPoints());
    }

    /** The cutflows of the descriptor that pack and verify re-derive. */
    public List<Cutflow> rederived() {
        return descriptor.cutflows().stream()
                .filter(c -> c.isRederived(c.firstCutStage()))
                .toList();
    }

    /** The weight of each of the given events of a model, in the order given (1 without weights). */
    public static Map<Long, Double> weightsOf(String model, List<Long> events, CutflowInputs inputs)
            throws IOException, CutflowException {
        Map<Long, Double> weights = new LinkedHashMap<>();
        events.forEach(e -> weights.put(e, 1.0));
        Optional<NpyReader> reader = inputs.weights(model);
        if (reader.isEmpty()) {
            return weights;
        }
        try (NpyReader weightsReader = reader.get()) {
            long offset = 0;
            while (weightsReader.rowsLeft() > 0) {
                Tensor batch = weightsReader.readRows(BATCH);
                for (Long event : events) {
                    if (event >= offset && event < offset + batch.rows()) {
                        weights.put(event, batch.doubleAt((int) (event - offset)));
                    }
                }
                offset += batch.rows();
            }
        } catch (NpyFormatException e) {
            throw new CutflowException(e.getMessage(), e);
        }
        return weights;
    }

    private record StageBits(int index, String name, Map<String, BitSet> passes) {}

    /** Every stage's weighted sum, in one pass over each model's weights. */
    private static double[] weigh(
            Cutflow cutflow,
            List<String> eventModels,
            Map<String, Long> counts,
            List<StageBits> stages,
            CutflowInputs inputs)
            throws IOException, CutflowException {
        double[] sums = new double[stages.size()];
        for (String model : eventModels) {
            Optional<NpyReader> reader = inputs.weights(model);
            if (reader.isEmpty()) {
                for (int s = 0; s < stages.size(); s++) {
                    sums[s] += stages.get(s).passes().get(model).cardinality();
                }
                continue;
            }
            try (NpyReader weights = reader.get()) {
                long[] shape = weights.header().shape();
                if (shape.length != 1 || shape[0] != counts.get(model)) {
                    throw new CutflowException("cutflow " + cutflow.name() + ": the reference weights of model " + model
                            + " have shape "
                            + java.util.Arrays.toString(shape) + ", but there must be one weight per reference event: ["
                            + counts.get(model) + "]");
                }
                if (!weights.header().type().isFloatingPoint()) {
                    throw new CutflowException("cutflow " + cutflow.name() + ": the reference weights of model " + model
                            + " are " + weights.header().type().descriptorName() + ", but must be float32 or float64");
                }
                int offset = 0;
                while (weights.rowsLeft() > 0) {
                    Tensor batch = weights.readRows(BATCH);
                    for (int i = 0; i < batch.rows(); i++) {
                        double weight = batch.doubleAt(i);
                        for (int s = 0; s < stages.size(); s++) {
                            if (stages.get(s).passes().get(model).get(offset + i)) {
                                sums[s] += weight;
                            }
                        }
                    }
                    offset += (int) batch.rows();
                }
            } catch (NpyFormatException e) {
                throw new CutflowException(e.getMessage(), e);
            }
        }
        return sums;
    }

    /** The models whose reference events a stage's cut sees: the cut model's original, or every fold's model. */
    private List<String> eventModels(Cutflow cutflow, CutflowStage stage) throws CutflowException {
        ModelSpec model = model(cutflow, stage, stage.cut().orElseThrow().model());
        String original = model.twinOf().orElse(model.id());
        List<String> folds = descriptor
                .folds()
                .map(f -> f.assignments().stream()
                        .map(FoldAssignment::model)
                        .distinct()
                        .toList())
                .orElse(List.of());
        return folds.contains(original) ? folds : List.of(original);
    }

    /**
     * The model that cuts the events of {@code eventModel}: the named one, or the one serving that fold (its twin if a
     * twin is named).
     */
    private String cuttingModel(Cutflow cutflow, CutflowStage stage, String eventModel) throws CutflowException {
        ModelSpec named = model(cutflow, stage, stage.cut().orElseThrow().model());
        if (!named.isTwin() || named.twinOf().get().equals(eventModel)) {
            return named.isTwin() ? named.id() : eventModel;
        }
        return descriptor.models().stream()
                .filter(m -> m.twinOf().filter(eventModel::equals).isPresent())
                .map(ModelSpec::id)
                .findFirst()
                .orElseThrow(() -> new CutflowException(where(cutflow, stage) + ": it cuts on the twin " + named.id()
                        + ", but the fold model " + eventModel + " has no twin to cut its events"));
    }

    private ModelSpec model(Cutflow cutflow, CutflowStage stage, String id) throws CutflowException {
        Map<String, ModelSpec> byId = new HashMap<>();
        descriptor.models().forEach(m -> byId.put(m.id(), m));
        ModelSpec model = byId.get(id);
        if (model == null) {
            throw new CutflowException(where(cutflow, stage) + ": no model " + id);
        }
        return model;
    }

    static String where(Cutflow cutflow, CutflowStage stage) {
        return "cutflow " + cutflow.name() + ", stage \"" + stage.name() + "\"";
    }
}

package hep.capsule.internal.packager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.WorkingPoint;
import hep.capsule.internal.schema.cutflow.CutDecisions;
import hep.capsule.internal.schema.cutflow.CutflowDerivation;
import hep.capsule.internal.schema.cutflow.CutflowException;
import hep.capsule.internal.schema.cutflow.CutflowInputs;
import hep.capsule.internal.schema.cutflow.DerivedCutflow;
import hep.capsule.internal.schema.cutflow.DerivedStage;
import hep.capsule.internal.schema.cutflow.StageYield;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cutflows at packing: derives every {@code reference_events} cutflow from the outputs just computed (of the main
 * runtime, and of the portable witness where it ran), refuses a declared number that differs, and writes the derived
 * numbers into capsule.json. Also checks each model's reference weights.
 */
final class CutflowPacking {
    private final Descriptor descriptor;
    private final Map<String, Path> weights;
    private final NpyLimits limits;

    /** @param weights the reference-weights file of each model that has one */
    CutflowPacking(Descriptor descriptor, Map<String, Path> weights, NpyLimits limits) {
        this.descriptor = descriptor;
        this.weights = Map.copyOf(weights);
        this.limits = limits;
    }

    /** The derived cutflows, in descriptor order, from the main runtime's outputs; refuses any disagreement. */
    List<DerivedCutflow> derive(Map<String, ModelReference> computed) throws IOException, PackException {
        checkWeights(computed);
        CutflowDerivation derivation = new CutflowDerivation(descriptor);
        List<DerivedCutflow> derived = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Cutflow cutflow : derivation.rederived()) {
            try {
                DerivedCutflow main = derivation.derive(cutflow, inputs(derivation, computed, ModelReference::outputs));
                refusals.addAll(declaredDisagreements(main));
                if (witnessRanForEveryCut(cutflow, computed)) {
                    refusals.addAll(witnessDisagreements(
                            main,
                            derivation.derive(cutflow, inputs(derivation, computed, ModelReference::witnessOutputs))));
                }
                derived.add(main);
            } catch (CutflowException e) {
                throw new PackException(e.getMessage(), e);
            }
        }
        if (!refusals.isEmpty()) {
            throw new PackException(
                    "the cutflows do not agree with the reference events:\n  " + String.join("\n  ", refusals));
        }
        return derived;
    }

    /** Writes the derived numbers of every re-derived stage into the cutflows of capsule.json. */
    static void record(ObjectNode capsuleJson, List<DerivedCutflow> derived) {
        ArrayNode cutflows = (ArrayNode) capsuleJson.get("cutflows");
        for (DerivedCutflow cutflow : derived) {
            int index = indexOf(cutflows, cutflow.cutflow().name());
            ArrayNode stages = (ArrayNode) cutflows.get(index).get("stages");
            for (DerivedStage stage : cutflow.stages()) {
                ObjectNode node = (ObjectNode) stages.get(stage.index());
                node.set("events", LongNode.valueOf(stage.events()));
                node.set("weighted", DecimalNode.valueOf(StageYield.shortestDecimal(stage.weighted())));
            }
        }
    }

    private static int indexOf(ArrayNode cutflows, String name) {
        for (int i = 0; i < cutflows.size(); i++) {
            if (cutflows.get(i).path("name").asText().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no cutflow " + name);
    }

    private void checkWeights(Map<String, ModelReference> computed) throws IOException, PackException {
        for (Map.Entry<String, Path> entry : weights.entrySet()) {
            Path file = entry.getValue();
            try (NpyReader reader = NpyReader.open(file, file.getFileName().toString(), limits)) {
                long[] shape = reader.header().shape();
                long events = computed.get(entry.getKey()).events();
                if (!reader.header().type().isFloatingPoint() || shape.length != 1 || shape[0] != events) {
                    throw new PackException(file + ": the reference weights of model " + entry.getKey() + " are "
                            + reader.header().type().descriptorName() + java.util.Arrays.toString(shape)
                            + ", but must be float32 or float64 [" + events + "], one weight per reference event");
                }
            } catch (NpyFormatException e) {
                throw new PackException(e.getMessage(), e);
            }
        }
    }

    private CutflowInputs inputs(
            CutflowDerivation derivation,
            Map<String, ModelReference> computed,
            Function<ModelReference, Map<String, Path>> engine) {
        return new CutflowInputs() {
            @Override
            public CutDecisions decisions(String model, String output) throws IOException, CutflowException {
                Optional<List<WorkingPoint>> points = derivation.workingPoints(model, output);
                Path file = engine.apply(computed.get(model)).get(output);
                if (points.isEmpty() || file == null) {
                    throw new CutflowException("model " + model + " has no output " + output + " to cut on");
                }
                try (NpyReader reader = NpyReader.open(file, file.getFileName().toString(), limits)) {
                    return CutDecisions.read(reader, "model " + model + ", output " + output, points.get());
                } catch (NpyFormatException | IllegalArgumentException e) {
                    throw new CutflowException(e.getMessage(), e);
                }
            }

            @Override
            public Optional<NpyReader> weights(String model) throws IOException, CutflowException {
                Path file = weights.get(model);
                if (file == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(NpyReader.open(file, file.getFileName().toString(), limits));
                } catch (NpyFormatException e) {
                    throw new CutflowException(e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Whether the portable witness ran every model whose outputs the cutflow cuts on (with folds, every fold's model).
     */
    private boolean witnessRanForEveryCut(Cutflow cutflow, Map<String, ModelReference> computed) {
        List<String> models = new ArrayList<>();
        cutflow.stages().forEach(s -> s.cut().ifPresent(cut -> models.add(cut.model())));
        descriptor.folds().ifPresent(f -> f.assignments().forEach(a -> models.add(a.model())));
        return models.stream()
                .allMatch(id -> computed.get(id) != null
                        && !computed.get(id).witnessOutputs().isEmpty());
    }

    private static List<String> declaredDisagreements(DerivedCutflow derived) {
        List<String> lines = new ArrayList<>();
        for (DerivedStage stage : derived.stages()) {
            CutflowStage declared = derived.cutflow().stages().get(stage.index());
            String where = "cutflow " + derived.cutflow().name() + ", stage \"" + stage.name() + "\": ";
            if (declared.events().isPresent() && declared.events().getAsLong() != stage.events()) {
                lines.add(where + "declared " + declared.events().getAsLong() + " events, but " + stage.events()
                        + " reference events pass; remove the number to have it filled in, or correct it");
            }
            if (declared.weighted().isPresent()
                    && !StageYield.agreesToWrittenDigits(declared.weighted().get(), stage.weighted())) {
                lines.add(where + "declared weighted "
                        + declared.weighted().get().toPlainString() + ", but the passing reference events" + " weigh "
                        + StageYield.shortestDecimal(stage.weighted()).toPlainString()
                        + ", which does not round to it");
            }
        }
        return lines;
    }

    private static List<String> witnessDisagreements(DerivedCutflow main, DerivedCutflow witness) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < main.stages().size(); i++) {
            DerivedStage a = main.stages().get(i);
            DerivedStage b = witness.stages().get(i);
            if (!a.yield().sameAs(b.yield())) {
                lines.add("cutflow " + main.cutflow().name() + ", stage \"" + a.name()
                        + "\": the main runtime's outputs give " + a.events()
                        + " events (" + StageYield.readable(a.weighted()) + "), the portable witness's " + b.events()
                        + " ("
                        + StageYield.readable(b.weighted())
                        + "): an event lies so close to the working point that the two engines"
                        + " decide it differently, and verify could not re-derive the cutflow with both");
            }
        }
        return lines;
    }
}

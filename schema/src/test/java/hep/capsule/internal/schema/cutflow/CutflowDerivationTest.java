package hep.capsule.internal.schema.cutflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hep.capsule.internal.schema.Descriptor;
import hep.capsule.internal.schema.DescriptorLoader;
import hep.capsule.internal.tensor.ElementType;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The re-derivation rule with folds: each event is cut by the model that serves it, and a stage sums over every fold.
 */
class CutflowDerivationTest {

    private static Descriptor folded() throws Exception {
        String yaml;
        try (InputStream in =
                CutflowDerivationTest.class.getResourceAsStream("/hep/capsule/internal/schema/capsule.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String oddOutput = "        meaning: probability that the event is signal\n        range: [0.0, 1.0]\nfolds:";
        yaml = yaml.replace(
                oddOutput,
                oddOutput.replace(
                        "\nfolds:",
                        "\n        working_points:\n          - {name: SR-4j, operator: \">\", threshold: "
                                + "0.5}\nfolds:"));
        yaml += """
                cutflows:
                  - name: SR-4j
                    signal_model: cards/param_card.Gtt.slha
                    source: reference_events
                    stages:
                      - name: "NN"
                        cut: {model: nn_even, output: output, working_point: SR-4j}
                """;
        return new DescriptorLoader().load(yaml, "capsule.yaml").descriptor();
    }

    private static CutDecisions decisions(Descriptor d, String model, float... values) {
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            data.putFloat(v);
        }
        CutDecisions decisions = new CutDecisions(
                model, new CutflowDerivation(d).workingPoints(model, "output").orElseThrow());
        decisions.add(new Tensor(ElementType.FLOAT32, new long[] {values.length, 1}, data.array()));
        return decisions;
    }

    @Test
    void eachFoldsEventsAreCutByTheirOwnModelAndTheStageSumsOverAllFolds() throws Exception {
        Descriptor d = folded();
        Map<String, CutDecisions> outputs = Map.of(
                "nn_even", decisions(d, "nn_even", 0.9f, 0.88f, 0.86f), // threshold 0.87: 2 pass
                "nn_odd", decisions(d, "nn_odd", 0.6f, 0.4f)); // threshold 0.5: 1 passes
        DerivedCutflow derived = new CutflowDerivation(d).derive(d.cutflows().get(0), new CutflowInputs() {
            @Override
            public CutDecisions decisions(String model, String output) {
                return outputs.get(model);
            }

            @Override
            public Optional<NpyReader> weights(String model) {
                return Optional.empty();
            }
        });
        assertEquals(List.of("nn_even", "nn_odd"), derived.eventModels());
        DerivedStage stage = derived.stages().get(0);
        assertEquals(3, stage.events());
        assertEquals(3.0, stage.weighted());
        BitSet even = new BitSet();
        even.set(0, 2);
        assertEquals(even, stage.passes().get("nn_even"));
    }

    @Test
    void anOutputWithSeveralValuesPerEventCannotBeCutOn() throws Exception {
        Descriptor d = folded();
        CutDecisions decisions = new CutDecisions(
                "model nn_even, output output",
                new CutflowDerivation(d).workingPoints("nn_even", "output").orElseThrow());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> decisions.add(new Tensor(ElementType.FLOAT32, new long[] {1, 2}, new byte[8])));
        assertEquals(
                "model nn_even, output output has 2 values per event, but a cut needs exactly one", e.getMessage());
    }
}

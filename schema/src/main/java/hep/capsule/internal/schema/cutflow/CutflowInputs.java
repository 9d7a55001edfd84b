package hep.capsule.internal.schema.cutflow;

import hep.capsule.internal.tensor.NpyReader;
import java.io.IOException;
import java.util.Optional;

/** Where a derivation finds the decisions of the cut outputs and the reference weights. */
public interface CutflowInputs {
    /** The decisions of every working point of an output of a model, over that model's reference events. */
    CutDecisions decisions(String model, String output) throws IOException, CutflowException;

    /** The reference weights of a model (not a twin), or empty when it has none (every weight 1). */
    Optional<NpyReader> weights(String model) throws IOException, CutflowException;
}

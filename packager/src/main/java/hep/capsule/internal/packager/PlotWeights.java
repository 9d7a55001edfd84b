package hep.capsule.internal.packager;

import hep.capsule.internal.plots.EventWeights;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import hep.capsule.internal.tensor.Tensor;
import java.io.IOException;

/**
 * The weights a model's plots are filled with: its reference weights (a twin: its original's), or 1 for every event.
 */
final class PlotWeights {
    private PlotWeights() {}

    /**
     * Reads a weights file that the cutflow checks have already found to be float32 or float64 [N], one per reference
     * event.
     */
    static EventWeights of(PackPlan plan, PackPlan.ModelPlan model, NpyLimits limits)
            throws IOException, PackException {
        PackPlan.SourceFile file =
                plan.weights().get(model.spec().twinOf().orElse(model.spec().id()));
        if (file == null) {
            return EventWeights.UNIT;
        }
        try (NpyReader reader =
                NpyReader.open(file.source(), file.source().getFileName().toString(), limits)) {
            Tensor weights = reader.readAll();
            return event -> weights.doubleAt(Math.toIntExact(event));
        } catch (NpyFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
    }
}

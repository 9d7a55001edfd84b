package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.FindingCode;
import hep.capsule.internal.archive.tar.InvalidArchiveException;
import hep.capsule.internal.plots.ColumnHistograms;
import hep.capsule.internal.plots.EventWeights;
import hep.capsule.internal.plots.Histogram;
import hep.capsule.internal.plots.VerticalLine;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.Tensor;
import hep.capsule.internal.verifier.report.OutputDistribution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One output's distribution over the reference events: the stored (packed) values binned first, then the re-executed
 * values, batch by batch, in the same bins, so that a report can lay one over the other.
 */
final class OutputOverlay {
    private final String model;
    private final String output;
    private final List<VerticalLine> workingPoints;
    private final List<Histogram> packed;
    private final List<Histogram> reExecuted;

    private OutputOverlay(String model, String output, List<VerticalLine> workingPoints, List<Histogram> packed) {
        this.model = model;
        this.output = output;
        this.workingPoints = workingPoints;
        this.packed = packed;
        this.reExecuted = packed.stream().map(h -> new Histogram(h.binning())).toList();
    }

    /** Bins the stored output at {@code bagPath}; one histogram per element of an event. */
    static OutputOverlay of(
            StoredTensors tensors, String model, String output, String bagPath, List<VerticalLine> workingPoints)
            throws IOException, CheckFailed {
        try {
            return new OutputOverlay(
                    model,
                    output,
                    workingPoints,
                    ColumnHistograms.perElement(
                            tensors.archive().require(bagPath).storedAt(),
                            bagPath,
                            EventWeights.UNIT,
                            tensors.limits()));
        } catch (InvalidArchiveException e) {
            throw CheckFailed.invalid(FindingCode.NAMED_FILE_MISSING, e.file(), "the file is missing from the archive");
        } catch (NpyFormatException e) {
            throw CheckFailed.invalid(FindingCode.NPY_MALFORMED, bagPath, e.getMessage());
        }
    }

    /** Adds a batch of re-executed values. */
    void add(Tensor recomputed) {
        int columns = reExecuted.size();
        int elements = (int) recomputed.elementCount();
        for (int i = 0; i < elements; i++) {
            reExecuted.get(i % columns).fill(recomputed.doubleAt(i), 1);
        }
    }

    List<OutputDistribution> distributions() {
        List<OutputDistribution> list = new ArrayList<>();
        for (int column = 0; column < packed.size(); column++) {
            Histogram before = packed.get(column);
            Histogram after = reExecuted.get(column);
            List<String> notes = new ArrayList<>(before.notes("packed"));
            notes.addAll(after.notes("re-executed"));
            list.add(new OutputDistribution(
                    model,
                    output,
                    column,
                    packed.size(),
                    before.binning().low(),
                    before.binning().high(),
                    before.sums(),
                    after.sums(),
                    workingPoints,
                    notes));
        }
        return list;
    }
}

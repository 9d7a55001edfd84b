package hep.capsule.internal.packager;

import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.plots.ColumnHistograms;
import hep.capsule.internal.plots.EventWeights;
import hep.capsule.internal.plots.Histogram;
import hep.capsule.internal.plots.HistogramPlot;
import hep.capsule.internal.plots.HistogramSeries;
import hep.capsule.internal.plots.PlotFontException;
import hep.capsule.internal.plots.SvgPlots;
import hep.capsule.internal.plots.VerticalLine;
import hep.capsule.internal.plots.WorkingPointLines;
import hep.capsule.internal.schema.FeatureSpec;
import hep.capsule.internal.schema.Missing;
import hep.capsule.internal.schema.Padding;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The plots drawn at packing: a histogram of every input feature and every output over the reference events, of the
 * physical values where the capsule gives them, with the working points drawn on the outputs. A twin's inputs are its
 * original's, so only its outputs are drawn.
 */
final class ReferencePlots {
    private ReferencePlots() {}

    static List<BagFile> draw(
            PackPlan.ModelPlan model, ModelReference reference, EventWeights weights, NpyLimits limits)
            throws IOException, PackException {
        String id = model.spec().id();
        String yLabel = weights == EventWeights.UNIT ? "events" : "sum of weights";
        List<BagFile> plots = new ArrayList<>();
        try {
            for (PackPlan.InputPlan input : model.spec().isTwin() ? List.<PackPlan.InputPlan>of() : model.inputs()) {
                List<FeatureSpec> features = input.spec().features();
                boolean physical = input.raw().isPresent();
                Path values = physical
                        ? input.raw().get()
                        : reference.readyInputs().get(input.spec().name());
                double[] padding = features.stream()
                        .mapToDouble(f -> physical ? paddingOf(f) : Double.NaN)
                        .toArray();
                List<Histogram> histograms = ColumnHistograms.of(
                        values,
                        values.getFileName().toString(),
                        Math.max(1, features.size()),
                        features.isEmpty() ? new double[] {Double.NaN} : padding,
                        weights,
                        limits);
                Set<String> named = new HashSet<>();
                for (int column = 0; column < histograms.size(); column++) {
                    String feature = features.isEmpty()
                            ? input.spec().name()
                            : features.get(column).name();
                    // a draft's features may all still be MISSING: the element's position keeps their files apart
                    String fileName = feature;
                    for (int n = column; !named.add(fileName); n++) {
                        fileName = feature + "-" + n;
                    }
                    String xLabel = feature + (physical ? unit(features.get(column)) : " (model-ready value)");
                    HistogramPlot plot = new HistogramPlot(
                            id + " / " + input.spec().name() + ": " + feature,
                            xLabel,
                            yLabel,
                            List.of(HistogramSeries.of("reference events", histograms.get(column))),
                            List.of(),
                            histograms.get(column).notes(""));
                    plots.add(
                            BagFile.of(BagNames.inputPlot(id, input.spec().name(), fileName), SvgPlots.document(plot)));
                }
            }
            for (PackPlan.OutputPlan output : model.outputs()) {
                Path values = reference.outputs().get(output.spec().name());
                List<Histogram> histograms =
                        ColumnHistograms.perElement(values, values.getFileName().toString(), weights, limits);
                int columns = histograms.size();
                List<VerticalLine> lines = WorkingPointLines.of(output.spec().workingPoints());
                for (int column = 0; column < columns; column++) {
                    String name = output.spec().name() + (columns > 1 ? "[" + column + "]" : "");
                    HistogramPlot plot = new HistogramPlot(
                            id + " / output " + name,
                            name + " (model output)",
                            yLabel,
                            List.of(HistogramSeries.of("reference events", histograms.get(column))),
                            lines,
                            histograms.get(column).notes(""));
                    plots.add(BagFile.of(
                            BagNames.outputPlot(
                                    id,
                                    output.spec().name(),
                                    columns > 1 ? OptionalInt.of(column) : OptionalInt.empty()),
                            SvgPlots.document(plot)));
                }
            }
        } catch (NpyFormatException | PlotFontException e) {
            throw new PackException(e.getMessage(), e);
        }
        return plots;
    }

    private static double paddingOf(FeatureSpec feature) {
        return feature.padding()
                .filter(p -> p instanceof Padding.Value)
                .map(p -> ((Padding.Value) p).value())
                .orElse(Double.NaN);
    }

    private static String unit(FeatureSpec feature) {
        return feature.unit().isEmpty() || Missing.is(feature.unit()) ? "" : " [" + feature.unit() + "]";
    }
}

package hep.capsule.internal.verifier;

import hep.capsule.internal.archive.bag.BagLayout;
import hep.capsule.internal.archive.tar.ArchiveContents;
import hep.capsule.internal.archive.tar.StoredFile;
import hep.capsule.internal.verifier.report.StoredPlot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plots an archive carries under {@code data/validation/plots/}, once their checksums passed, for a report to show.
 * Informative only: nothing about them decides the verdict. A file larger than a plot can reasonably be is left out, so
 * that a hostile archive cannot swell the report; the report shows each plot only as an image.
 */
final class StoredPlots {
    static final long MAX_PLOT_BYTES = 2L << 20;
    static final int MAX_PLOTS = 2000;

    private StoredPlots() {}

    static List<StoredPlot> of(ArchiveContents read) throws IOException {
        List<StoredPlot> plots = new ArrayList<>();
        for (StoredFile file : read.files().values()) {
            if (plots.size() < MAX_PLOTS
                    && file.bagPath().startsWith(BagLayout.PLOTS_DIRECTORY)
                    && file.bagPath().endsWith(".svg")
                    && file.size() <= MAX_PLOT_BYTES
                    && file.kept().isPresent()) {
                plots.add(new StoredPlot(file.bagPath(), new String(file.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        plots.sort(java.util.Comparator.comparing(StoredPlot::file));
        return plots;
    }
}

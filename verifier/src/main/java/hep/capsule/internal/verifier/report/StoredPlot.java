package hep.capsule.internal.verifier.report;

/**
 * A plot the archive carries, drawn at packing, as its bytes were checked against the manifests. Its content comes from
 * the archive and is untrusted: a report shows it only as an image.
 *
 * @param file the file in the bag, e.g. {@code data/validation/plots/nn/outputs/score.svg}
 * @param svg its bytes, as UTF-8 text
 */
public record StoredPlot(String file, String svg) {}

package hep.capsule.internal.schema;

/**
 * Outputs the training framework produced, to compare the re-executed model with.
 *
 * @param file NPY file (relative to capsule.yaml, or an archive path in capsule.json)
 * @param producedBy the framework and its version, e.g. PyTorch 1.7.1
 * @param maxAbsolute the largest accepted absolute difference
 */
public record ExpectedOutputs(String file, String producedBy, double maxAbsolute) {}

package hep.capsule.verifier.report;

import hep.capsule.verifier.compare.ComparisonResult;

/**
 * How one recomputed output compares with the reference stored in the capsule.
 *
 * @param model           the model id
 * @param output          the output name
 * @param type            its element type
 * @param comparison      the bit-by-bit comparison
 * @param withinTolerance whether every difference lies within the tolerance the capsule declares
 *                        (false when it declares none and something differs)
 */
public record OutputReport(String model, String output, String type, ComparisonResult comparison, boolean withinTolerance) {
}

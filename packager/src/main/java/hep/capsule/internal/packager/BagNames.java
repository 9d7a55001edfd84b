package hep.capsule.internal.packager;

import hep.capsule.internal.archive.bag.BagLayout;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where each file goes inside the bag. Names are kept portable (letters, digits and {@code . _ - +}), so that the bag
 * extracts on any file system and {@code sha256sum -c}, bagit-java and other readers handle its manifests without
 * escapes.
 */
public final class BagNames {
    private static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,200}");

    private BagNames() {}

    public static String model(String modelId, String fileName) throws PackException {
        return "data/models/" + modelId + "/" + portable(fileName);
    }

    public static String referenceInput(String modelId, String inputName) {
        return "data/reference/" + modelId + "/inputs/" + fileNameFor(inputName) + ".npy";
    }

    public static String rawReferenceInput(String modelId, String inputName) {
        return "data/reference/" + modelId + "/raw-inputs/" + fileNameFor(inputName) + ".npy";
    }

    public static String referenceOutput(String modelId, String outputName) {
        return "data/reference/" + modelId + "/outputs/" + fileNameFor(outputName) + ".npy";
    }

    public static String witnessOutput(String modelId, String outputName) {
        return "data/reference/" + modelId + "/witness-outputs/" + fileNameFor(outputName) + ".npy";
    }

    public static String referenceWeights(String modelId) {
        return "data/reference/" + modelId + "/weights.npy";
    }

    public static String expectedOutput(String modelId, String outputName) {
        return "data/reference/" + modelId + "/expected/" + fileNameFor(outputName) + ".npy";
    }

    /** The histogram of one feature of a model input over the reference events. */
    public static String inputPlot(String modelId, String inputName, String featureName) {
        return BagLayout.PLOTS_DIRECTORY + modelId + "/inputs/" + fileNameFor(inputName) + "/"
                + fileNameFor(featureName) + ".svg";
    }

    /**
     * The histogram of a model output over the reference events; {@code column} counts its elements per event when it
     * has several.
     */
    public static String outputPlot(String modelId, String outputName, OptionalInt column) {
        return BagLayout.PLOTS_DIRECTORY + modelId + "/outputs/" + fileNameFor(outputName)
                + (column.isPresent() ? "-" + column.getAsInt() : "") + ".svg";
    }

    public static String attached(String role, String fileName) throws PackException {
        return "data/files/" + role + "/" + portable(fileName);
    }

    /**
     * A file name for a tensor named in a model graph, where names such as {@code dense_input:0} are common: every
     * character outside the portable set becomes '_', and a hex suffix of the original name keeps two different names
     * apart.
     */
    static String fileNameFor(String tensorName) {
        String safe = tensorName.replaceAll("[^A-Za-z0-9._+-]", "_");
        if (safe.equals(tensorName) && PORTABLE.matcher(safe).matches()) {
            return safe;
        }
        String trimmed = safe.replaceAll("^[._+-]+", "");
        return (trimmed.isEmpty() ? "tensor" : trimmed) + "-" + Integer.toHexString(tensorName.hashCode());
    }

    private static String portable(String fileName) throws PackException {
        if (!PORTABLE.matcher(fileName).matches()) {
            throw new PackException(
                    "the file name \"" + fileName + "\" is not portable: rename the file using only letters, "
                            + "digits and . _ - + (starting with a letter or digit), so that every system "
                            + "and tool can read the archive");
        }
        return fileName;
    }
}

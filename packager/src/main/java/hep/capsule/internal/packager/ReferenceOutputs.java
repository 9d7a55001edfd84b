package hep.capsule.internal.packager;

import hep.capsule.internal.archive.tar.Compression;
import hep.capsule.internal.files.WorkFolder;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.schema.DescriptorLimits;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.tensor.NpyLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs the original models give on their reference inputs, computed exactly as {@code pack} computes them,
 * without writing an archive: what {@code lint} needs to see on which side of each working point the reference events
 * fall. A descriptor that still holds MISSING is accepted.
 */
public final class ReferenceOutputs {
    private ReferenceOutputs() {}

    /** @return model id, then output name, then the NPY file of its values (in {@code work}); twins are left out */
    public static Map<String, Map<String, Path>> compute(LoadedDescriptor loaded, Path descriptor, WorkFolder work)
            throws PackException, IOException {
        PackOptions options = new PackOptions(
                descriptor,
                descriptor,
                false,
                true,
                PackOptions.DEFAULT_BATCH_SIZE,
                Optional.empty(),
                Compression.DEFAULT,
                Optional.empty(),
                DescriptorLimits.DEFAULT,
                NpyLimits.defaults(),
                ModelMemoryBudget.DEFAULT);
        Map<String, Map<String, Path>> outputs = new LinkedHashMap<>();
        for (PackPlan.ModelPlan model : PackPlanner.plan(loaded, options).models()) {
            if (!model.spec().isTwin()) {
                outputs.put(
                        model.spec().id(),
                        ReferenceComputation.compute(
                                        model,
                                        options.batchSize(),
                                        Map.of(),
                                        work,
                                        options.npyLimits(),
                                        options.modelMemory())
                                .outputs());
            }
        }
        return outputs;
    }
}

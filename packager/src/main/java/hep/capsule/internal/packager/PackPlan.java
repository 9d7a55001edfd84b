package hep.capsule.internal.packager;

import hep.capsule.internal.archive.bag.BagFile;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code capsule pack} will do, decided before anything is executed or written: which source file goes where
 * in the bag, and with which settings. The steps only carry it out.
 *
 * @param descriptor the loaded capsule.yaml
 * @param topFolder the bag's single top folder inside the archive
 * @param entryTime the time stamped on every archive entry
 * @param draft whether the capsule is an unfinished draft
 * @param batchSize the requested events per execution (a model with a fixed event axis uses that instead)
 * @param models one plan per model
 * @param attached the analysis files (signal models, cards, notes, code)
 * @param weights the reference weights of each model that has them, by model id
 * @param tables the HEPData tables paper cutflows are read from
 */
public record PackPlan(
        LoadedDescriptor descriptor,
        String topFolder,
        Instant entryTime,
        boolean draft,
        int batchSize,
        List<ModelPlan> models,
        List<SourceFile> attached,
        Map<String, SourceFile> weights,
        List<PaperTable> tables) {

    public PackPlan {
        tables = List.copyOf(tables);
        weights = Map.copyOf(weights);
        models = List.copyOf(models);
        attached = List.copyOf(attached);
    }

    /** The HEPData table a paper cutflow's stages were read from, where it goes in the bag, and the stages. */
    public record PaperTable(String cutflow, SourceFile file, List<hep.capsule.internal.schema.CutflowStage> stages) {
        public PaperTable {
            stages = List.copyOf(stages);
        }
    }

    /** A file from the user's folder and where it goes in the bag. */
    public record SourceFile(Path source, String bagPath) {}

    /**
     * @param witnessRefusal why the portable witness cannot run the model, when its format has a witness that refuses
     *     it: the capsule then stores no witness outputs
     * @param selfContained the model made self-contained, when its file keeps data in external files: what is run and
     *     archived instead of the file
     */
    public record ModelPlan(
            ModelSpec spec,
            SourceFile model,
            List<InputPlan> inputs,
            List<OutputPlan> outputs,
            Optional<String> witnessRefusal,
            Optional<SelfContainedModel> selfContained) {
        public ModelPlan {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        /** The model as it is run and archived. */
        public byte[] modelBytes() throws IOException {
            return selfContained.isPresent() ? selfContained.get().bytes() : Files.readAllBytes(model.source());
        }

        /** The model's file in the bag. */
        public BagFile bagFile() {
            return selfContained.isPresent()
                    ? BagFile.of(model.bagPath(), selfContained.get().bytes())
                    : BagFile.of(model.bagPath(), model.source());
        }

        /** Whether the portable witness runs this model at packing. */
        public boolean witnessRuns() {
            return outputs.stream().anyMatch(output -> output.witnessBagPath().isPresent());
        }
    }

    /**
     * @param given the model-ready reference values the user supplied, if any
     * @param raw the physical reference values, if any
     * @param bagPath where the model-ready values go
     * @param rawBagPath where the physical values go, when there are any
     */
    public record InputPlan(
            InputSpec spec, Optional<Path> given, Optional<Path> raw, String bagPath, Optional<String> rawBagPath) {}

    /**
     * @param bagPath where the reference outputs computed at packing time go
     * @param witnessBagPath where the portable witness's outputs go, when the model's format has a witness
     * @param expected the training framework's outputs and where they go, if declared
     */
    public record OutputPlan(
            OutputSpec spec, String bagPath, Optional<String> witnessBagPath, Optional<SourceFile> expected) {}
}

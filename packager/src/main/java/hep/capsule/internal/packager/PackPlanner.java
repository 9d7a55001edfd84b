package hep.capsule.internal.packager;

import hep.capsule.internal.interpreter.PortableWitness;
import hep.capsule.internal.schema.AttachedFile;
import hep.capsule.internal.schema.Cutflow;
import hep.capsule.internal.schema.CutflowStage;
import hep.capsule.internal.schema.DescriptorException;
import hep.capsule.internal.schema.FileRole;
import hep.capsule.internal.schema.HepDataTable;
import hep.capsule.internal.schema.InputSpec;
import hep.capsule.internal.schema.LoadedDescriptor;
import hep.capsule.internal.schema.Missing;
import hep.capsule.internal.schema.MissingField;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.ModelSpec;
import hep.capsule.internal.schema.OutputSpec;
import hep.capsule.internal.schema.StagesFrom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a loaded descriptor and the user's options into a {@link PackPlan}, checking every named file exists. */
public final class PackPlanner {
    private final Path descriptorFolder;
    private final String descriptorName;
    private final long maxTensorBytes;

    private PackPlanner(Path descriptorFile, long maxTensorBytes) {
        this.maxTensorBytes = maxTensorBytes;
        Path absolute = descriptorFile.toAbsolutePath();
        this.descriptorFolder = absolute.getParent();
        this.descriptorName = absolute.getFileName().toString();
    }

    public static PackPlan plan(LoadedDescriptor loaded, PackOptions options) throws PackException {
        return new PackPlanner(options.descriptor(), options.npyLimits().maxTensorBytes()).planFor(loaded, options);
    }

    private PackPlan planFor(LoadedDescriptor loaded, PackOptions options) throws PackException {
        if (loaded.hasMissing() && !options.draft()) {
            throw new PackException(missingMessage(loaded.missing()));
        }
        List<PackPlan.ModelPlan> models = new ArrayList<>();
        for (ModelSpec model : loaded.descriptor().models()) {
            models.add(planModel(model));
        }
        List<PackPlan.SourceFile> attached = new ArrayList<>();
        for (AttachedFile file : loaded.descriptor().files()) {
            Path source = existing(file.file(), "files");
            attached.add(new PackPlan.SourceFile(
                    source,
                    BagNames.attached(
                            file.role().descriptorName(), source.getFileName().toString())));
        }
        Map<String, PackPlan.SourceFile> weights = new LinkedHashMap<>();
        for (ModelSpec model : loaded.descriptor().models()) {
            if (model.referenceWeights().isPresent()) {
                weights.put(
                        model.id(),
                        new PackPlan.SourceFile(
                                existing(model.referenceWeights().get(), "model " + model.id() + ", reference_weights"),
                                BagNames.referenceWeights(model.id())));
            }
        }
        List<PackPlan.PaperTable> tables = new ArrayList<>();
        for (Cutflow cutflow : loaded.descriptor().cutflows()) {
            if (cutflow.stagesFrom().isPresent()) {
                tables.add(paperTable(cutflow, cutflow.stagesFrom().get(), options));
            }
        }
        return new PackPlan(
                loaded,
                topFolder(loaded),
                entryTime(loaded, options),
                loaded.hasMissing(),
                options.batchSize(),
                models,
                attached,
                weights,
                tables);
    }

    private PackPlan.PaperTable paperTable(Cutflow cutflow, StagesFrom from, PackOptions options) throws PackException {
        Path table = existing(from.hepdataTable(), "cutflow " + cutflow.name() + ", stages_from");
        try {
            List<CutflowStage> stages =
                    HepDataTable.read(table, from.eventsColumn(), from.weightedColumn(), options.descriptorLimits());
            return new PackPlan.PaperTable(
                    cutflow.name(),
                    new PackPlan.SourceFile(
                            table,
                            BagNames.attached(
                                    FileRole.CUTFLOW.descriptorName(),
                                    table.getFileName().toString())),
                    stages);
        } catch (DescriptorException e) {
            throw new PackException(
                    descriptorName + ": cutflow " + cutflow.name() + ": its stages_from table cannot be read:\n"
                            + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new PackException(
                    descriptorName + ": cutflow " + cutflow.name() + ": cannot read " + table + ": " + e.getMessage(),
                    e);
        }
    }

    /** SOURCE_DATE_EPOCH, else the descriptor's creation time; a draft without one gets 1970-01-01, never the clock. */
    private static Instant entryTime(LoadedDescriptor loaded, PackOptions options) {
        String created = loaded.descriptor().created();
        return options.sourceDateEpoch().orElseGet(() -> Missing.is(created) ? Instant.EPOCH : Instant.parse(created));
    }

    /** The capsule's name; a draft without one is named after its first model. */
    private static String topFolder(LoadedDescriptor loaded) {
        String name = loaded.descriptor().name();
        return Missing.is(name) ? "draft-" + loaded.descriptor().models().get(0).id() : name;
    }

    private String missingMessage(List<MissingField> missing) {
        StringBuilder text = new StringBuilder(descriptorName + " still has " + missing.size()
                + " field(s) marked MISSING; fill them in, or give --draft to pack an unfinished draft:");
        for (MissingField field : missing) {
            text.append("\n  ")
                    .append(descriptorName)
                    .append(':')
                    .append(field.line())
                    .append(": ")
                    .append(field.field())
                    .append(": ")
                    .append(field.hint());
        }
        return text.toString();
    }

    private PackPlan.ModelPlan planModel(ModelSpec model) throws PackException {
        Path modelFile = existing(model.file(), "model " + model.id());
        PackPlan.SourceFile source = new PackPlan.SourceFile(
                modelFile, BagNames.model(model.id(), modelFile.getFileName().toString()));
        List<PackPlan.InputPlan> inputs = new ArrayList<>();
        for (InputSpec input : model.inputs()) {
            if (model.isTwin()) {
                inputs.add(new PackPlan.InputPlan(
                        input,
                        Optional.empty(),
                        Optional.empty(),
                        BagNames.referenceInput(model.twinOf().get(), input.name()),
                        Optional.empty()));
                continue;
            }
            String where = "model " + model.id() + ", input " + input.name();
            Optional<Path> given = optionalExisting(input.reference(), where);
            Optional<Path> raw = optionalExisting(input.rawReference(), where);
            inputs.add(new PackPlan.InputPlan(
                    input,
                    given,
                    raw,
                    BagNames.referenceInput(model.id(), input.name()),
                    raw.map(r -> BagNames.rawReferenceInput(model.id(), input.name()))));
        }
        Optional<SelfContainedModel> selfContained = selfContained(model, modelFile);
        Optional<String> witnessRefusal = witnessRefusal(model, modelFile, selfContained);
        List<PackPlan.OutputPlan> outputs = new ArrayList<>();
        for (OutputSpec output : model.outputs()) {
            Optional<PackPlan.SourceFile> expected = Optional.empty();
            if (output.expected().isPresent()) {
                Path file =
                        existing(output.expected().get().file(), "model " + model.id() + ", output " + output.name());
                expected =
                        Optional.of(new PackPlan.SourceFile(file, BagNames.expectedOutput(model.id(), output.name())));
            }
            Optional<String> witness = PortableWitness.exists(model.format()) && witnessRefusal.isEmpty()
                    ? Optional.of(BagNames.witnessOutput(model.id(), output.name()))
                    : Optional.empty();
            outputs.add(new PackPlan.OutputPlan(
                    output, BagNames.referenceOutput(model.id(), output.name()), witness, expected));
        }
        return new PackPlan.ModelPlan(model, source, inputs, outputs, witnessRefusal, selfContained);
    }

    /** An ONNX model with external data, made self-contained from the files beside it; refused when it may not be. */
    private Optional<SelfContainedModel> selfContained(ModelSpec model, Path modelFile) throws PackException {
        if (model.format() != ModelFormat.ONNX) {
            return Optional.empty();
        }
        try {
            return SelfContainedModel.of(modelFile, Files.readAllBytes(modelFile), maxTensorBytes);
        } catch (ExternalDataException e) {
            throw new PackException("model " + model.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackException("model " + model.id() + ": cannot read " + modelFile + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> witnessRefusal(
            ModelSpec model, Path modelFile, Optional<SelfContainedModel> selfContained) throws PackException {
        if (!PortableWitness.exists(model.format())) {
            return Optional.empty();
        }
        try {
            byte[] bytes = selfContained.isPresent() ? selfContained.get().bytes() : Files.readAllBytes(modelFile);
            return PortableWitness.refusal(
                    model.format(), bytes, modelFile.getFileName().toString());
        } catch (IOException e) {
            throw new PackException("model " + model.id() + ": cannot read " + modelFile + ": " + e.getMessage(), e);
        }
    }

    private Optional<Path> optionalExisting(Optional<String> relative, String where) throws PackException {
        return relative.isPresent() ? Optional.of(existing(relative.get(), where)) : Optional.empty();
    }

    private Path existing(String relative, String where) throws PackException {
        Path file = descriptorFolder.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new PackException(descriptorName + ": " + where + " names \"" + relative
                    + "\", but there is no such file at " + file);
        }
        return file;
    }
}

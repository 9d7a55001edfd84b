package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.interpreter.plan.StaticMemoryCheck;
import hep.capsule.internal.packager.ExternalDataException;
import hep.capsule.internal.packager.SelfContainedModel;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.ModelMemoryBudget;
import hep.capsule.internal.runner.ModelRunner;
import hep.capsule.internal.runner.ModelSignature;
import hep.capsule.internal.runner.TensorSpec;
import hep.capsule.internal.runner.ort.ModelRunners;
import hep.capsule.internal.schema.DescriptorTemplate;
import hep.capsule.internal.schema.ModelFormat;
import hep.capsule.internal.schema.TemplateModel;
import hep.capsule.internal.schema.TemplateTensor;
import hep.capsule.internal.tensor.NpyFormatException;
import hep.capsule.internal.tensor.NpyLimits;
import hep.capsule.internal.tensor.NpyReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Start a capsule: write DIR/capsule.yaml filled from the model itself (format, input and "
                + "output names, shapes, element types; for TMVA and lwtnn files also the variable "
                + "names and what the file fixes about the computation), with every field a person "
                + "must fill marked MISSING.")
final class InitCommand implements Callable<Integer> {
    @Option(
            names = "--model",
            required = true,
            paramLabel = "FILE",
            description = "the model: ONNX, a TMVA BDT weight file (XML) or an lwtnn network (JSON)")
    Path model;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "the model's format as a capsule names it: onnx,"
                    + " tmva-xml or lwtnn-json; by default from the file's first character: < is "
                    + "tmva-xml, { is lwtnn-json, else onnx")
    String format;

    @Option(
            names = "--inputs",
            required = true,
            paramLabel = "FILE.npy",
            description = "reference inputs, one NPY file per model input, in the model's input order")
    List<Path> inputs;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "the folder for capsule.yaml")
    Path folder;

    @Option(names = "--force", description = "replace an existing DIR/capsule.yaml")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError {
        if (!Files.isRegularFile(model)) {
            throw new UserError(model + ": no such file");
        }
        byte[] bytes = Files.readAllBytes(model);
        ModelFormat modelFormat = format != null ? ModelFormatNames.of(format) : ModelFormatNames.sniff(bytes);
        if (modelFormat == ModelFormat.ONNX) {
            bytes = selfContained(bytes);
        }
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        String yaml;
        try {
            if (modelFormat == ModelFormat.ONNX) {
                // onnxruntime folds constants while it loads a model: a constant bomb is sized first
                StaticMemoryCheck.check(
                        bytes,
                        Map.of(),
                        ModelMemoryBudget.DEFAULT,
                        model.getFileName().toString());
            }
        } catch (ModelExecutionException e) {
            throw new UserError(model + " (read as " + modelFormat.descriptorName() + "): " + e.getMessage(), e);
        }
        try (ModelRunner runner =
                ModelRunners.open(modelFormat, bytes, model.getFileName().toString())) {
            yaml = DescriptorTemplate.write(template(runner, modelFormat, absoluteFolder));
        } catch (ModelExecutionException e) {
            throw new UserError(model + " (read as " + modelFormat.descriptorName() + "): " + e.getMessage(), e);
        }
        Path target = absoluteFolder.resolve("capsule.yaml");
        try {
            AtomicFileWriter.write(target, force, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserError(target + " exists already; give --force to replace it", e);
        }
        System.out.println("wrote " + target);
        System.out.println(
                "fill in every field marked MISSING, then run: capsule pack " + target + " -o NAME.capsule.tar.gz");
        return ExitCodes.OK;
    }

    /** The same rule as capsule pack's, with the same messages: external data only from beside the model. */
    private byte[] selfContained(byte[] bytes) throws IOException, UserError {
        try {
            Optional<SelfContainedModel> inlined =
                    SelfContainedModel.of(model, bytes, NpyLimits.defaults().maxTensorBytes());
            if (inlined.isEmpty()) {
                return bytes;
            }
            System.err.println("capsule: warning: " + inlined.get().notice());
            return inlined.get().bytes();
        } catch (ExternalDataException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private TemplateModel template(ModelRunner runner, ModelFormat modelFormat, Path absoluteFolder) throws UserError {
        ModelSignature signature = runner.signature();
        if (inputs.size() != signature.inputs().size()) {
            throw new UserError(model + " has " + signature.inputs().size() + " inputs "
                    + signature.inputs().stream().map(TensorSpec::name).toList() + ", but " + inputs.size()
                    + " --inputs files were given; give one per input, in order");
        }
        List<EventAxes.InputShapes> shapes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!Files.isRegularFile(inputs.get(i))) {
                throw new UserError(inputs.get(i) + ": no such file");
            }
            shapes.add(new EventAxes.InputShapes(
                    signature.inputs().get(i),
                    referenceShape(inputs.get(i)),
                    inputs.get(i).getFileName().toString()));
        }
        EventAxes axes = new EventAxes(shapes);
        List<TemplateTensor> inputTensors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TensorSpec spec = signature.inputs().get(i);
            inputTensors.add(new TemplateTensor(
                    spec.name(),
                    spec.type(),
                    spec.shape(),
                    relative(absoluteFolder, inputs.get(i)),
                    ModelFileFacts.features(runner, spec),
                    null,
                    axes.inputWholeBecause(i)));
        }
        List<TemplateTensor> outputTensors = signature.outputs().stream()
                .map(o -> new TemplateTensor(
                        o.name(),
                        o.type(),
                        o.shape(),
                        null,
                        List.of(),
                        ModelFileFacts.note(runner, o),
                        axes.outputWholeBecause(o)))
                .toList();
        return new TemplateModel(
                relative(absoluteFolder, model),
                modelFormat,
                ModelFileFacts.description(runner),
                inputTensors,
                outputTensors);
    }

    /** The shape in a reference file's NPY header. */
    private static long[] referenceShape(Path file) throws UserError {
        try (NpyReader reader = NpyReader.open(file, file.toString(), NpyLimits.defaults())) {
            return reader.header().shape();
        } catch (NpyFormatException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}

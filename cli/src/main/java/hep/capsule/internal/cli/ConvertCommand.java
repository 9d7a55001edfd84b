package hep.capsule.internal.cli;

import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.runner.ModelExecutionException;
import hep.capsule.internal.runner.OnnxTwins;
import hep.capsule.internal.runner.tmva.NanInputResponse;
import hep.capsule.internal.schema.ModelFormat;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Write the ONNX twin of a model: a TMVA BDT as an ONNX-ML TreeEnsembleRegressor with its "
                + "response transform,"
                + " an lwtnn network as Gemm and activation nodes after its input preprocessing. "
                + "The twin has the model's inputs and outputs.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "the model file")
    Path model;

    @Option(names = "--to", required = true, paramLabel = "onnx", description = "the twin's format; only onnx")
    String to;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "the model's format as a capsule names it (tmva-xml or lwtnn-json); by default from the extension:"
                            + " .xml is tmva-xml, .json is lwtnn-json")
    String format;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "the ONNX file to write")
    Path output;

    @Option(
            names = "--nan-response",
            paramLabel = "NUMBER",
            description =
                    "tmva-xml only: the twin's response to an event with a NaN input, as the capsule's nan_response"
                            + " declares it (default: -999, as TMVA's Reader gives)")
    Double nanResponse;

    @Option(names = "--force", description = "replace an existing FILE")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError {
        if (!to.equals("onnx")) {
            throw new UserError("--to " + to + ": Capsule writes twins in onnx only");
        }
        if (!Files.isRegularFile(model)) {
            throw new UserError(model + ": no such file");
        }
        byte[] twin;
        try {
            ModelFormat format = modelFormat();
            if (nanResponse != null && format != ModelFormat.TMVA_XML) {
                throw new UserError(
                        "--nan-response applies to TMVA BDTs (tmva-xml) only, not to " + format.descriptorName());
            }
            twin = OnnxTwins.of(
                    format,
                    Files.readAllBytes(model),
                    model.toString(),
                    nanResponse == null ? NanInputResponse.TMVA_READER : NanInputResponse.declared(nanResponse));
        } catch (ModelExecutionException e) {
            throw new UserError(e.getMessage(), e);
        }
        try {
            AtomicFileWriter.write(output, force, out -> out.write(twin));
        } catch (FileAlreadyExistsException e) {
            throw new UserError(output + " exists already; give --force to replace it", e);
        }
        System.out.println("wrote " + output + ", the ONNX twin of " + model);
        return ExitCodes.OK;
    }

    private ModelFormat modelFormat() throws UserError {
        String file = model.toString();
        String name = format != null
                ? format
                : file.endsWith(".xml") ? "tmva-xml" : file.endsWith(".json") ? "lwtnn-json" : null;
        if (name == null) {
            throw new UserError(model
                    + ": cannot tell the model's format from its name; give --format tmva-xml or --format lwtnn-json");
        }
        return ModelFormatNames.of(name);
    }
}

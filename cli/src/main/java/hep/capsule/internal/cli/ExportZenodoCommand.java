package hep.capsule.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import hep.capsule.internal.files.AtomicFileWriter;
import hep.capsule.internal.publishing.export.ExportException;
import hep.capsule.internal.publishing.export.ZenodoMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "zenodo",
        mixinStandardHelpOptions = true,
        description = "Write the capsule's .zenodo.json: title, description, upload type dataset, version, "
                + "licence, creators, keywords and the paper's identifiers.")
final class ExportZenodoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARCHIVE")
    Path archive;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "the file to write, e.g. .zenodo.json")
    Path output;

    @Option(names = "--force", description = "replace an existing output")
    boolean force;

    @Override
    public Integer call() throws IOException, UserError {
        try {
            byte[] json = (new ObjectMapper()
                                    .writerWithDefaultPrettyPrinter()
                                    .writeValueAsString(ZenodoMetadata.of(
                                            ExportedCapsule.read(archive).descriptor()))
                            + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            AtomicFileWriter.write(output, force, out -> out.write(json));
        } catch (ExportException e) {
            throw new UserError(archive + ": " + e.getMessage(), e);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(output + " exists already; give --force to replace it", e);
        }
        System.out.println("wrote " + output);
        return ExitCodes.OK;
    }
}
